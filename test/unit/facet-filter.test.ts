import { describe, expect, it } from 'vitest';
import { countMatches, facetQueryString, matchesFacets, parseFacetQuery } from '../../site/lib/facet-filter.ts';

const keys = ['sector', 'regio'];

describe('parseFacetQuery', () => {
  it('reads repeated values per facet key, once each, ignoring other parameters and empty values', () => {
    const params = new URLSearchParams('sector=zorg&sector=bouw&sector=zorg&regio=&q=taal&utm=x');
    expect(parseFacetQuery(params, keys)).toEqual({ sector: ['zorg', 'bouw'] });
  });

  it('drops values that are not on offer, so a stale link selects nothing instead of everything', () => {
    const params = new URLSearchParams('sector=zorg&sector=ruimtevaart&regio=atlantis');
    expect(parseFacetQuery(params, keys, { sector: ['zorg', 'bouw'], regio: ['midden-utrecht'] })).toEqual({ sector: ['zorg'] });
  });
});

describe('facetQueryString', () => {
  it('writes the selection in the order of the keys and is empty without a choice', () => {
    expect(facetQueryString({ regio: ['midden-utrecht'], sector: ['zorg', 'bouw'] }, keys)).toBe('?sector=zorg&sector=bouw&regio=midden-utrecht');
    expect(facetQueryString({}, keys)).toBe('');
    expect(facetQueryString({ sector: [] }, keys)).toBe('');
  });

  it('round-trips through parseFacetQuery', () => {
    const selection = { sector: ['zorg'], regio: ['zaanstreek-waterland'] };
    expect(parseFacetQuery(new URLSearchParams(facetQueryString(selection, keys)), keys)).toEqual(selection);
  });
});

describe('matchesFacets', () => {
  const care = { sector: ['zorg', 'onderwijs'], regio: ['midden-utrecht'] };
  const build = { sector: ['bouw'], regio: ['rijnmond'] };
  const nowhere = { sector: ['zorg'], regio: [] };

  it('keeps everything when nothing is chosen', () => {
    expect([care, build, nowhere].every((item) => matchesFacets(item, {}))).toBe(true);
  });

  it('treats values within one facet as alternatives', () => {
    expect(matchesFacets(care, { sector: ['bouw', 'zorg'] })).toBe(true);
    expect(matchesFacets(build, { sector: ['bouw', 'zorg'] })).toBe(true);
  });

  it('requires every chosen facet to hold', () => {
    expect(matchesFacets(care, { sector: ['zorg'], regio: ['midden-utrecht'] })).toBe(true);
    expect(matchesFacets(nowhere, { sector: ['zorg'], regio: ['midden-utrecht'] })).toBe(false);
    expect(countMatches([care, build, nowhere], { sector: ['zorg'] })).toBe(2);
  });
});
