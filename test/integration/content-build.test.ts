import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('site build with malformed content', () => {
  it('fails and names the file, the field and what is expected', () => {
    // Prepare: a content folder with one broken practice, built into throw-away folders.
    const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-bad-build-'));
    try {
      // Act
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          WERKPAD_CONTENT_DIR: 'test/fixtures/malformed-content',
          WERKPAD_OUT_DIR: path.join(scratch, 'dist'),
          WERKPAD_CACHE_DIR: path.join(scratch, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        timeout: 240_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      // Assess
      expect(result.status, output).not.toBe(0);
      expect(output).toContain('test/fixtures/malformed-content/praktijkvoorbeelden/kapot-voorbeeld.md');
      expect(output).toMatch(/veld "organisations": .*(ontbreekt|verwacht)/);
      expect(output).toMatch(/veld "sectors\.0": kies een bestaande sector/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
