import { describe, expect, it } from 'vitest';
import { buildMatchCatalog } from '../../functions/domain/match-catalog.ts';
import { regionProvinces } from '../../functions/domain/match-service.ts';
import {
  compareScored,
  employerWeights,
  MIN_CONTENT_SCORE,
  rankEmployers,
  rankPractices,
  rankSchemes,
  scoreEmployer,
  scorePractice,
  scoreScheme,
  type CatalogPractice,
  type CatalogScheme,
  type ContentProfile,
  type EmployerCandidate,
  type MatchProfile,
} from '../../functions/domain/matching.ts';
import { skills } from '../../functions/contracts/taxonomy.ts';
import { random } from '../../scripts/seed.ts';

// A candidate in Rijnmond (Zuid-Holland) and an employer that fits on every rule.
const profile: MatchProfile = {
  region: 'rijnmond',
  languageLevel: 'A2',
  sectors: ['zorg'],
  skills: ['verzorgen', 'schoonmaken', 'koken'],
  educationLevel: 'mbo-2',
  offers: ['leerwerkplek'],
};
const employer: EmployerCandidate = {
  employerId: 'aaaaaaaaaaaaaaaa',
  name: 'Fictief Zorgcentrum',
  regions: ['rijnmond'],
  sectors: ['zorg'],
  offers: ['leerwerkplek', 'vacature'],
  languageLevel: 'A2',
  educationLevel: 'mbo-2',
  skills: ['verzorgen', 'schoonmaken', 'koken'],
};
const score = (p: Partial<MatchProfile>, e: Partial<EmployerCandidate> = {}) => scoreEmployer({ ...profile, ...p }, { ...employer, ...e }, regionProvinces);
const codes = (p: Partial<MatchProfile>, e: Partial<EmployerCandidate> = {}) => score(p, e).reasons.map((r) => `${r.type}:${r.code}`);

describe('scoring an employer', () => {
  it('gives 100 when every rule fits, with a reason per rule and no gap', () => {
    const s = score({});
    expect(s.score).toBe(100);
    expect(codes({})).toEqual(['match:region.same', 'match:sector.match', 'match:skills.match', 'match:language.ok', 'match:offers.match', 'match:education.ok']);
  });

  it('region: the same region or landelijk in full, another region of the province partly, elsewhere nothing', () => {
    expect(score({}, { regions: ['landelijk'] }).score).toBe(100);
    expect(score({}, { regions: ['haaglanden'] }).score).toBe(100 - employerWeights.region + 12);
    expect(codes({}, { regions: ['haaglanden'] })).toContain('match:region.province');
    expect(score({}, { regions: ['groningen'] }).score).toBe(100 - employerWeights.region);
    expect(codes({}, { regions: ['groningen'] })).toContain('gap:region.elsewhere');
  });

  it('sector: a shared sector counts; none of the profile’s sectors is a gap; no sectors asked is open', () => {
    expect(score({}, { sectors: ['bouw'] }).score).toBe(100 - employerWeights.sector);
    expect(codes({}, { sectors: ['bouw'] })).toContain('gap:sector.other');
    expect(score({ sectors: [] }, { sectors: ['bouw'] }).score).toBe(100);
  });

  it('skills: in proportion up to three matched (or all the employer asks), the rest named as a gap', () => {
    expect(score({ skills: [] }).score).toBe(100 - employerWeights.skills);
    expect(score({ skills: ['verzorgen'] }).score).toBe(Math.round(100 - employerWeights.skills + employerWeights.skills / 3));
    expect(score({ skills: ['verzorgen', 'koken'] }).score).toBe(Math.round(100 - employerWeights.skills + (2 * employerWeights.skills) / 3));
    expect(score({ skills: ['verzorgen'] }, { skills: ['verzorgen'] }).score).toBe(100);
    const gap = score({ skills: ['verzorgen'] }).reasons.find((r) => r.code === 'skills.missing');
    expect(gap?.params?.skills).toEqual(['schoonmaken', 'koken']);
    expect(score({ skills: ['lassen'] }, { skills: [] }).score).toBe(100 - employerWeights.skills);
  });

  it('language: reaching the minimum counts; one level short counts half with taal-op-de-werkvloer or a taalbuddy; more is a gap', () => {
    expect(score({ languageLevel: 'B2' }).score).toBe(100);
    expect(score({ languageLevel: 'A1' }).score).toBe(100 - employerWeights.language);
    expect(codes({ languageLevel: 'A1' })).toContain('gap:language.short');
    expect(score({ languageLevel: 'A1' }, { offers: ['leerwerkplek', 'taalbuddy'] }).score).toBe(100 - employerWeights.language + 10);
    expect(codes({ languageLevel: 'A1' }, { offers: ['leerwerkplek', 'taal-op-de-werkvloer'] })).toEqual(expect.arrayContaining(['gap:language.short', 'match:language.support']));
    expect(score({ languageLevel: 'A0' }, { offers: ['leerwerkplek', 'taalbuddy'] }).score).toBe(100 - employerWeights.language);
  });

  it('education: no minimum or geen counts, reaching it counts, below it or unknown is a gap', () => {
    expect(score({ educationLevel: 'hbo' }).score).toBe(100);
    expect(score({ educationLevel: 'basis' }).score).toBe(100 - employerWeights.education);
    expect(score({ educationLevel: undefined }).score).toBe(100 - employerWeights.education);
    expect(codes({ educationLevel: undefined })).toContain('gap:education.short');
    expect(score({ educationLevel: undefined }, { educationLevel: undefined }).score).toBe(100);
    expect(codes({ educationLevel: undefined }, { educationLevel: 'geen' })).toContain('match:education.none');
  });

  it('offers: a kind looked for counts, none of them is a gap naming what it does offer, none looked for is open', () => {
    expect(score({ offers: ['stage'] }).score).toBe(100 - employerWeights.offers);
    expect(score({ offers: ['stage'] }).reasons.find((r) => r.code === 'offers.other')?.params?.offers).toEqual(['leerwerkplek', 'vacature']);
    expect(score({ offers: [] }).score).toBe(100);
  });

  it('never lowers a score when the profile gains a skill the employer asks', () => {
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const ids = skills.map((s) => s.id);
    for (let i = 0; i < 2_000; i++) {
      const e: EmployerCandidate = {
        ...employer,
        regions: [pick(['rijnmond', 'haaglanden', 'groningen', 'landelijk'])],
        languageLevel: pick(['A0', 'A1', 'A2', 'B1', 'B2']),
        offers: [pick(['stage', 'taalbuddy', 'vacature'])],
        skills: Array.from({ length: Math.floor(next() * 6) }, () => pick(ids)),
      };
      const p: MatchProfile = { ...profile, languageLevel: pick(['A0', 'A1', 'A2', 'B1']), skills: Array.from({ length: Math.floor(next() * 4) }, () => pick(ids)) };
      const wanted = e.skills.find((s) => !p.skills.includes(s));
      if (!wanted) continue;
      const before = scoreEmployer(p, e, regionProvinces).score;
      const after = scoreEmployer({ ...p, skills: [...p.skills, wanted] }, e, regionProvinces).score;
      expect(after, JSON.stringify({ p, e, wanted })).toBeGreaterThanOrEqual(before);
    }
  });

  it('gives the same scores, reasons and order for the same input', () => {
    const list = Array.from({ length: 40 }, (_, i) => ({ ...employer, employerId: `e${String(i).padStart(15, '0')}`, name: `Fictief ${i % 7}`, skills: i % 2 ? ['koken'] : [] }));
    expect(rankEmployers(profile, list, regionProvinces)).toEqual(rankEmployers(profile, [...list].reverse(), regionProvinces));
  });

  it('ranks by score, then name, then id; each employer once; at most 20', () => {
    const a = { ...employer, employerId: 'bbbbbbbbbbbbbbbb', name: 'Beta' };
    const b = { ...employer, employerId: 'aaaaaaaaaaaaaaaa', name: 'Beta' };
    const c = { ...employer, employerId: 'cccccccccccccccc', name: 'Alfa' };
    const d = { ...employer, employerId: 'dddddddddddddddd', name: 'Aap', regions: ['groningen'] };
    expect(rankEmployers(profile, [a, b, c, d, a], regionProvinces).map((s) => s.id)).toEqual([c.employerId, b.employerId, a.employerId, d.employerId]);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...employer, employerId: `x${String(i).padStart(15, '0')}` }));
    expect(rankEmployers(profile, many, regionProvinces)).toHaveLength(20);
    expect(compareScored({ item: 0, id: 'b', name: 'x', score: 50, reasons: [] }, { item: 0, id: 'a', name: 'x', score: 50, reasons: [] })).toBeGreaterThan(0);
  });
});

const content: ContentProfile = { ...profile, skillSectors: ['zorg', 'schoonmaak', 'horeca'] };
const practice: CatalogPractice = { id: 'p', name: { nl: 'Praktijk' }, regions: ['rijnmond'], sectors: ['zorg'], approaches: ['leerwerktraject'] };
const scheme: CatalogScheme = {
  id: 's',
  name: { nl: 'Regeling' },
  regions: ['landelijk'],
  sectors: ['zorg'],
  paysFor: ['scholing'],
  targetGroups: ['statushouders'],
  windows: [{ opens: '2026-01-01', closes: '2026-12-31' }],
  ongoing: false,
};
const today = new Date('2026-06-01T12:00:00Z');

describe('scoring practices and schemes', () => {
  it('practices: sector 45, region 35 (province half), offers delivered by their approaches 20', () => {
    expect(scorePractice(content, practice, regionProvinces).score).toBe(100);
    expect(scorePractice(content, { ...practice, sectors: ['bouw'] }, regionProvinces).score).toBe(55);
    expect(scorePractice(content, { ...practice, regions: ['drechtsteden'] }, regionProvinces).score).toBe(83);
    expect(scorePractice(content, { ...practice, regions: [] }, regionProvinces).reasons.map((r) => r.code)).toContain('region.unknown');
    expect(scorePractice(content, { ...practice, approaches: ['buddy'] }, regionProvinces).score).toBe(80);
    expect(scorePractice({ ...content, sectors: [] }, { ...practice, sectors: ['horeca'] }, regionProvinces).score).toBe(100);
  });

  it('schemes: region, sectors of the practices that used them, what they pay for, statushouders and today’s status', () => {
    expect(scoreScheme(content, scheme, regionProvinces, today).score).toBe(100);
    expect(scoreScheme(content, scheme, regionProvinces, new Date('2027-02-01')).reasons.map((r) => r.code)).toContain('scheme.closed');
    expect(scoreScheme(content, scheme, regionProvinces, new Date('2027-02-01')).score).toBe(85);
    expect(scoreScheme({ ...content, offers: ['proefplaatsing'] }, { ...scheme, id: 'proefplaatsing', paysFor: [] }, regionProvinces, today).reasons.map((r) => r.code)).toContain('scheme.offer');
    expect(scoreScheme({ ...content, offers: ['taalbuddy'] }, scheme, regionProvinces, today).score).toBe(75);
    expect(scoreScheme(content, { ...scheme, targetGroups: [] }, regionProvinces, today).score).toBe(90);
  });

  it('leaves out what scores below the minimum and keeps at most 20', () => {
    const far = { ...practice, id: 'far', sectors: ['bouw'], regions: ['groningen'], approaches: [] };
    expect(scorePractice(content, far, regionProvinces).score).toBeLessThan(MIN_CONTENT_SCORE);
    expect(rankPractices(content, [far, practice], regionProvinces).map((s) => s.id)).toEqual(['p']);
    const many = Array.from({ length: 25 }, (_, i) => ({ ...scheme, id: `s${i}` }));
    expect(rankSchemes(content, many, regionProvinces, today)).toHaveLength(20);
  });

  it('builds the catalog: a scheme takes the sectors of the practices that used it, and titles of translations', () => {
    const catalog = buildMatchCatalog(
      [{ id: 'p1', data: { title: 'Eén', regions: ['rijnmond'], sectors: ['zorg', 'horeca'], approaches: [], schemes: ['s1'] } }],
      [{ id: 's1', data: { name: 'Regeling', regions: ['landelijk'], paysFor: [], targetGroups: [], windows: [{ opens: new Date('2026-01-01') }], ongoing: false } }],
      [{ id: 'regelingen/s1.en', data: { title: 'Scheme' } }],
    );
    expect(catalog.schemes[0]).toMatchObject({ sectors: ['horeca', 'zorg'], name: { nl: 'Regeling', en: 'Scheme' }, windows: [{ opens: '2026-01-01' }] });
    expect(catalog.practices[0]?.name).toEqual({ nl: 'Eén' });
  });
});
