/**
 * The quickscan's rules are checked at build: a rule that links an entry that does not exist
 * stops the real site build with a message naming the file, the rule and the missing entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('site build with a broken quickscan rule', () => {
  it('fails and names the rules file, the rule and the entry that does not exist', () => {
    // Prepare: a copy of content/ whose first rule links a regeling that does not exist.
    const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-quickscan-build-'));
    try {
      const content = path.join(scratch, 'content');
      cpSync('content', content, { recursive: true });
      const rulesPath = path.join(content, 'quickscan', 'rules.json');
      const rules = JSON.parse(readFileSync(rulesPath, 'utf8')) as { rules: { id: string; recommend: { regelingen?: string[] } }[] };
      const first = rules.rules[0]!;
      first.recommend.regelingen = [...(first.recommend.regelingen ?? []), 'bestaat-niet'];
      writeFileSync(rulesPath, JSON.stringify(rules, null, 2));

      // Act
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          WERKPAD_CONTENT_DIR: content,
          WERKPAD_OUT_DIR: path.join(scratch, 'dist'),
          WERKPAD_CACHE_DIR: path.join(scratch, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        timeout: 400_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;

      // Assess
      expect(result.status, output.slice(-3000)).not.toBe(0);
      expect(output).toContain(
        `content/quickscan/rules.json: regel "${first.id}" verwijst naar "bestaat-niet", maar content/regelingen/bestaat-niet.md bestaat niet`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
