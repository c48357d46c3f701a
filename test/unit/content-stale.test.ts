/**
 * Freshness: the 12-month rule itself, and `npm run content:stale` (scripts/content-stale.ts)
 * run as editors run it, over fixtures with known dates.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDueOn, markMayChangeSoon, monthsSince, needsCheck } from '../../site/lib/content-freshness.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function stale(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/content-stale.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the 12-month rule', () => {
  it('marks an entry from the same day twelve months after its check', () => {
    expect(checkDueOn(day('2025-12-02'))).toEqual(day('2026-12-02'));
    expect(needsCheck(day('2025-12-02'), day('2026-12-01'))).toBe(false);
    expect(needsCheck(day('2025-12-02'), day('2026-12-02'))).toBe(true);
  });

  it('moves 29 February to 1 March in a year without it', () => {
    expect(checkDueOn(day('2024-02-29'))).toEqual(day('2025-03-01'));
  });

  it('counts whole months since the check', () => {
    expect(monthsSince(day('2025-10-01'), day('2026-12-02'))).toBe(14);
    expect(monthsSince(day('2025-10-03'), day('2026-12-02'))).toBe(13);
  });

  it('loads the browser script only when the mark can change within the horizon after the build', () => {
    expect(markMayChangeSoon(day('2026-01-15'), day('2026-12-02'))).toBe(true);
    expect(markMayChangeSoon(day('2026-06-01'), day('2026-12-02'))).toBe(false);
    expect(markMayChangeSoon(day('2025-06-01'), day('2026-12-02'))).toBe(false);
  });
});

describe('npm run content:stale', () => {
  it('lists the entries not checked for twelve months, oldest first, and exits 0', () => {
    const { code, stdout, stderr } = stale('--dir=test/fixtures/content-rules/stale', '--today=2026-12-02');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '2025-10-01   14 mnd  test/fixtures/content-rules/stale/regelingen/oud.md  (Een oude regeling)',
        '2025-12-02   12 mnd  test/fixtures/content-rules/stale/begrippen/precies-een-jaar.md  (Een begrip)',
        '2 van 3 items hebben controle nodig op 2026-12-02 (langer dan 12 maanden niet aan de bronnen gecontroleerd).',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing needs a check', () => {
    const { code, stdout } = stale('--dir=test/fixtures/content-rules/stale', '--today=2026-06-20');
    expect(code).toBe(0);
    expect(stdout).toBe('Geen items met controle nodig op 2026-06-20: alle 3 zijn in de laatste 12 maanden gecontroleerd.\n');
  });

  it('exits 1 and names the file when content does not match its schema', () => {
    const { code, stderr } = stale('--dir=test/fixtures/content-rules/broken', '--today=2026-12-02');
    expect(code).toBe(1);
    expect(stderr).toContain('test/fixtures/content-rules/broken/lessen/zonder-bron-id.md klopt niet:');
    expect(stderr).toContain('veld "facts.0.source": verwijst naar bron "rapport"');
  });

  it('exits 1 on an argument it does not know', () => {
    const { code, stderr } = stale('--today=gisteren');
    expect(code).toBe(1);
    expect(stderr).toBe('content:stale: onbekend of onjuist argument: --today=gisteren (gebruik --today=JJJJ-MM-DD en/of --dir=map)\n');
  });
});
