import { describe, expect, it } from 'vitest';
import { useFixtureServer } from '../helpers/local-server.ts';

type Item = { id: string | number; label: { nl: string; en: string }; province?: string | null };

const server = useFixtureServer();

describe('GET /api/taxonomies', () => {
  it('lists every vocabulary as { id, label: { nl, en } }', async () => {
    const res = await fetch(`${server().url}/api/taxonomies`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, Item[]>;
    expect(Object.keys(body).sort()).toEqual(
      ['actionLines', 'approaches', 'educationLevels', 'languageLevels', 'offers', 'provinces', 'regions', 'sectors', 'skills', 'targetGroups'],
    );
    for (const list of Object.values(body)) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.label).toEqual({ nl: expect.any(String), en: expect.any(String) });
    }
  });

  it('has the 35 labour-market regions, each with its province, plus landelijk', async () => {
    const { regions, provinces } = (await (await fetch(`${server().url}/api/taxonomies`)).json()) as Record<string, Item[]>;
    expect(regions).toHaveLength(36);
    expect(provinces).toHaveLength(12);
    const provinceIds = new Set(provinces!.map((p) => p.id));
    const real = regions!.filter((r) => r.id !== 'landelijk');
    expect(real).toHaveLength(35);
    for (const region of real) expect(provinceIds.has(region.province as string), String(region.id)).toBe(true);
    expect(regions!.map((r) => r.id)).toEqual(expect.arrayContaining(['landelijk', 'zaanstreek-waterland', 'groot-amsterdam', 'regio-zwolle']));
  });

  it('has the ids DESIGN.md requires', async () => {
    const body = (await (await fetch(`${server().url}/api/taxonomies`)).json()) as Record<string, Item[]>;
    const ids = (name: string) => body[name]!.map((i) => i.id);
    expect(ids('sectors')).toEqual(expect.arrayContaining(['techniek', 'bouw', 'energie', 'zorg', 'horeca', 'onderwijs', 'logistiek', 'kinderopvang', 'ict', 'schoonmaak', 'detailhandel', 'groen']));
    expect(ids('approaches')).toEqual(expect.arrayContaining(['leerwerktraject', 'startbaan', 'taal-op-de-werkvloer', 'mentoring', 'jobcoaching', 'bemiddeling', 'buddy']));
    expect(ids('offers')).toEqual(expect.arrayContaining(['leerwerkplek', 'startbaan', 'stage', 'proefplaatsing', 'werkervaringsplaats', 'vacature', 'mentoring', 'taalbuddy', 'taal-op-de-werkvloer']));
    expect(ids('languageLevels')).toEqual(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(ids('educationLevels')).toEqual(expect.arrayContaining(['geen', 'basis', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo', 'wo']));
    expect(ids('actionLines')).toEqual([1, 2, 3, 4]);
  });

  it('is cacheable and answers 304 to its ETag', async () => {
    const res = await fetch(`${server().url}/api/taxonomies`);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const again = await fetch(`${server().url}/api/taxonomies`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
