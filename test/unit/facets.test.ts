import { describe, expect, it } from 'vitest';
import { practiceSchema, schemeSchema } from '../../functions/contracts/content.ts';
import { entriesWith, facetGroups, facetOptions, facetPages, facetPath, facetValuesOf, practiceFacets, schemeFacets } from '../../site/lib/facets.ts';
import { searchFilters } from '../../site/lib/labels.ts';

const base = { sources: [{ id: 'plan-van-aanpak', title: 'Plan van aanpak', publisher: 'Ministerie van SZW', seed: '004_e6fd3a2a5221d3ae.txt' }], lastVerified: '2026-11-22' };
const practice = (id: string, over: Record<string, unknown>) => ({
  id,
  data: practiceSchema.parse({ ...base, title: `Voorbeeld ${id}`, summary: 'Een praktijkvoorbeeld met genoeg tekst.', organisations: ['Org'], ...over }),
});
const scheme = (id: string, over: Record<string, unknown>) => ({
  id,
  data: schemeSchema.parse({ ...base, name: `Regeling ${id}`, summary: 'Een regeling met genoeg tekst erin.', kind: 'subsidie', ...over }),
});
const ctx = { today: new Date('2026-11-22T00:00:00Z') };
const practices = [
  practice('a', { sectors: ['zorg', 'bouw'], regions: ['midden-utrecht'], actionLines: [4, 2] }),
  practice('b', { sectors: ['zorg'], regions: ['rijnmond'], evidence: 'geevalueerd' }),
  practice('c', { sectors: [], regions: ['midden-utrecht'], actionLines: [2] }),
];
const sector = practiceFacets.find((f) => f.key === 'sector')!;
const line = practiceFacets.find((f) => f.key === 'actielijn')!;

describe('facet options', () => {
  it('offers only values an entry carries, with counts, sorted by label', () => {
    expect(facetOptions('praktijkvoorbeelden', sector, practices, 'nl', ctx)).toEqual([
      { value: 'bouw', label: 'Bouw', count: 1, path: '/praktijkvoorbeelden/sector/bouw/' },
      { value: 'zorg', label: 'Zorg', count: 2, path: '/praktijkvoorbeelden/sector/zorg/' },
    ]);
  });

  it('keeps the fixed order of ordered facets such as action lines', () => {
    expect(facetOptions('praktijkvoorbeelden', line, practices, 'nl', ctx).map((o) => [o.value, o.count])).toEqual([
      ['2', 2],
      ['4', 1],
    ]);
  });

  it('labels values as the search page filters do, in the reader’s language', () => {
    const [p] = practices;
    for (const lang of ['nl', 'en'] as const) {
      const labels = facetOptions('praktijkvoorbeelden', sector, [p!], lang, ctx).map((o) => o.label);
      expect(labels.sort()).toEqual([...searchFilters(p!.data, lang).sector].sort());
      const lines = facetOptions('praktijkvoorbeelden', line, [p!], lang, ctx).map((o) => o.label);
      expect(lines).toEqual(searchFilters(p!.data, lang).actielijn);
    }
  });

  it('leaves out facets no entry fills', () => {
    const groups = facetGroups('praktijkvoorbeelden', practiceFacets, practices, 'nl', ctx);
    expect(groups.map((g) => g.key)).toEqual(['sector', 'regio', 'actielijn', 'bewijskracht']);
    expect(groups.find((g) => g.key === 'bewijskracht')?.legend).toBe('Bewijskracht');
  });
});

describe('facet pages', () => {
  it('builds one page per facet and value that some entry carries', () => {
    const pages = facetPages(practiceFacets, practices, ctx).map((p) => facetPath('praktijkvoorbeelden', p.key, p.value));
    expect(pages).toEqual([
      '/praktijkvoorbeelden/sector/bouw/',
      '/praktijkvoorbeelden/sector/zorg/',
      '/praktijkvoorbeelden/regio/midden-utrecht/',
      '/praktijkvoorbeelden/regio/rijnmond/',
      '/praktijkvoorbeelden/actielijn/2/',
      '/praktijkvoorbeelden/actielijn/4/',
      '/praktijkvoorbeelden/bewijskracht/beschreven/',
      '/praktijkvoorbeelden/bewijskracht/geevalueerd/',
    ]);
  });

  it('lists exactly the entries that carry the value', () => {
    expect(entriesWith(practiceFacets, practices, 'regio', 'midden-utrecht', ctx).map((p) => p.id)).toEqual(['a', 'c']);
    expect(() => entriesWith(practiceFacets, practices, 'kleur', 'rood', ctx)).toThrow('Onbekend facet');
  });

  it('gives a scheme the status of the day asked, derived from its windows', () => {
    const closing = scheme('x', { windows: [{ opens: '2026-11-01', closes: '2026-11-30' }] });
    expect(facetValuesOf(schemeFacets, closing.data, ctx).status).toEqual(['open']);
    expect(facetValuesOf(schemeFacets, closing.data, { today: new Date('2026-12-01T00:00:00Z') }).status).toEqual(['gesloten']);
    expect(facetValuesOf(schemeFacets, scheme('y', { ongoing: true, paysFor: ['taal', 'taal'] }).data, ctx)).toMatchObject({
      status: ['doorlopend'],
      soort: ['subsidie'],
      'betaalt-voor': ['taal'],
    });
  });
});
