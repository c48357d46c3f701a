import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchCatalogSource, MatchCatalogError } from '../../functions/adapters/content/match-catalog-files.ts';
import { catalogFromContent } from '../../functions/adapters/content/match-catalog-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-catalog-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the catalog of practices and schemes that matching reads', () => {
  it('comes from the build when there is one, checked against its schema', async () => {
    const built = { practices: [{ id: 'p', name: { nl: 'P' }, regions: [], sectors: ['zorg'], approaches: [] }], schemes: [] };
    expect(await matchCatalogSource(async () => JSON.stringify(built), scratch)()).toEqual(built);
    await expect(matchCatalogSource(async () => '{"practices": 3}', scratch)()).rejects.toBeInstanceOf(MatchCatalogError);
    await expect(matchCatalogSource(async () => 'not json', scratch)()).rejects.toBeInstanceOf(MatchCatalogError);
  });

  it('comes from the markdown in content/ without a build, with every curated practice and scheme', async () => {
    const catalog = await matchCatalogSource(async () => undefined)();
    expect(catalog).toEqual(catalogFromContent('content'));
    expect(catalog.practices.length).toBeGreaterThan(10);
    expect(catalog.schemes.map((s) => s.id)).toContain('proefplaatsing');
  });

  it('refuses to be empty when there is neither a build nor content (a bundle shipped without either)', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, 'README'), 'nothing here');
    await expect(matchCatalogSource(async () => undefined, empty)()).rejects.toThrow(/Geen \/werk-zoeken\/catalogus\.json/);
  });
});
