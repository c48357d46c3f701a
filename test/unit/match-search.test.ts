import { describe, expect, it } from 'vitest';
import { sectors } from '../../functions/contracts/taxonomy.ts';
import {
  languageBound,
  MAX_DERIVED_SECTORS,
  MAX_ITEMS_PER_REQUEST,
  MIN_ITEMS_PER_PARTITION,
  planCandidateReads,
  PROVINCE_ITEMS,
  MAX_PROVINCE_READS,
} from '../../functions/domain/match-search.ts';
import { regionProvinces } from '../../functions/domain/match-service.ts';
import type { MatchProfile } from '../../functions/domain/matching.ts';

const allSectors = sectors.map((s) => s.id);
const profile: MatchProfile = { region: 'rijnmond', languageLevel: 'A2', sectors: ['zorg', 'horeca'], skills: [], offers: [] };
const partitions = (reads: { region: string; sector: string }[]) => reads.map((r) => `${r.region}#${r.sector}`);
const items = (reads: { limit: number }[]) => reads.reduce((sum, r) => sum + r.limit, 0);

describe('where matching looks for employers', () => {
  it('reads employers up to one language level above the candidate’s, never more', () => {
    expect(languageBound('A0')).toBe('A2');
    expect(languageBound('A2')).toBe('B2');
    expect(languageBound('B2')).toBe('C2');
    expect(languageBound('C1')).toBe('D');
    expect(languageBound('C2')).toBe('D');
    // The bound sorts after every key within reach and before every key out of it.
    expect('B1#zzzzzzzzzzzzzzzz' < languageBound('A2')).toBe(true);
    expect('B2#2222222222222222' < languageBound('A2')).toBe(false);
  });

  it('reads the own region and landelijk per sector first, within the item budget', () => {
    const plan = planCandidateReads(profile, [], regionProvinces, allSectors);
    expect(partitions(plan.first)).toEqual(['rijnmond#zorg', 'rijnmond#horeca', 'landelijk#zorg', 'landelijk#horeca']);
    expect(items(plan.first)).toBeLessThanOrEqual(MAX_ITEMS_PER_REQUEST);
    expect(plan.first.every((r) => r.skBelow === 'B2')).toBe(true);
  });

  it('keeps the other regions of the province for a second step, with a budget of its own', () => {
    const plan = planCandidateReads(profile, [], regionProvinces, allSectors);
    const neighbours = ['drechtsteden', 'gorinchem', 'haaglanden', 'holland-rijnland', 'midden-holland', 'zuid-holland-centraal'];
    // Every neighbour for the first sector, then the second sector as far as the cap allows.
    expect(partitions(plan.province)).toEqual([...neighbours.map((r) => `${r}#zorg`), 'drechtsteden#horeca', 'gorinchem#horeca']);
    expect(plan.province).toHaveLength(MAX_PROVINCE_READS);
    expect(items(plan.province)).toBeLessThanOrEqual(PROVINCE_ITEMS);
    expect(planCandidateReads({ ...profile, region: 'zeeland' }, [], regionProvinces, allSectors).province).toEqual([]);
  });

  it('searches the sectors of the skills when the profile names none, and every sector thinly when it has neither', () => {
    const bySkills = planCandidateReads({ ...profile, sectors: [] }, ['techniek', 'industrie', 'bouw', 'energie'], regionProvinces, allSectors);
    expect(new Set(bySkills.first.map((r) => r.sector))).toEqual(new Set(['techniek', 'industrie', 'bouw'].slice(0, MAX_DERIVED_SECTORS)));
    const open = planCandidateReads({ ...profile, sectors: [] }, [], regionProvinces, allSectors);
    expect(open.first).toHaveLength(2 * allSectors.length);
    expect(items(open.first)).toBeLessThanOrEqual(MAX_ITEMS_PER_REQUEST + open.first.length * MIN_ITEMS_PER_PARTITION);
  });

  it('names no profile detail but region, sector and level in what it reads', () => {
    const plan = planCandidateReads({ ...profile, skills: ['lassen'], educationLevel: 'hbo', offers: ['stage'] }, [], regionProvinces, allSectors);
    for (const read of [...plan.first, ...plan.province]) expect(Object.keys(read).sort()).toEqual(['limit', 'region', 'sector', 'skBelow', 'tier']);
  });
});
