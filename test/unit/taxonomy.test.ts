import { describe, expect, it } from 'vitest';
import * as taxonomy from '../../functions/contracts/taxonomy.ts';

const ids = (list: readonly { id: string | number }[]) => list.map((t) => t.id);

describe('reference data', () => {
  it('has the 35 arbeidsmarktregio\'s plus landelijk, each in a known province', () => {
    const regions = taxonomy.regions.filter((r) => r.id !== 'landelijk');
    expect(regions).toHaveLength(35);
    expect(taxonomy.provinces).toHaveLength(12);
    const provinces = new Set(ids(taxonomy.provinces));
    for (const region of regions) expect(provinces.has(region.province!), region.id).toBe(true);
    expect(ids(taxonomy.regions)).toEqual(expect.arrayContaining(['landelijk', 'zaanstreek-waterland', 'groningen', 'regio-zwolle']));
  });

  it('has every id DESIGN.md promises', () => {
    expect(ids(taxonomy.sectors)).toEqual(expect.arrayContaining(['techniek', 'bouw', 'energie', 'zorg', 'horeca', 'onderwijs', 'logistiek', 'kinderopvang', 'ict', 'schoonmaak', 'detailhandel', 'groen']));
    expect(ids(taxonomy.approaches)).toEqual(expect.arrayContaining(['leerwerktraject', 'startbaan', 'taal-op-de-werkvloer', 'mentoring', 'jobcoaching', 'bemiddeling', 'buddy']));
    expect(ids(taxonomy.offers)).toEqual(expect.arrayContaining(['leerwerkplek', 'startbaan', 'stage', 'proefplaatsing', 'werkervaringsplaats', 'vacature', 'mentoring', 'taalbuddy', 'taal-op-de-werkvloer']));
    expect(ids(taxonomy.languageLevels)).toEqual(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(ids(taxonomy.educationLevels)).toEqual(['geen', 'basis', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo', 'wo']);
    expect(ids(taxonomy.actionLines)).toEqual([1, 2, 3, 4]);
  });

  it('follows the id rule: lower case, no diacritics, dashes', () => {
    for (const list of [taxonomy.sectors, taxonomy.regions, taxonomy.provinces, taxonomy.approaches, taxonomy.offers, taxonomy.targetGroups, taxonomy.skills, taxonomy.educationLevels]) {
      for (const id of ids(list)) expect(String(id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives every skill a Dutch and English label and only known sectors', () => {
    const sectors = new Set(ids(taxonomy.sectors));
    for (const skill of taxonomy.skills) {
      expect(skill.label.nl && skill.label.en).toBeTruthy();
      for (const s of skill.sectors) expect(sectors.has(s), `${skill.id} → ${s}`).toBe(true);
    }
  });
});
