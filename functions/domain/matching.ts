/**
 * Matching rules: how well an employer, a praktijkvoorbeeld or a regeling fits a candidate
 * profile, as a score from 0 to 100 with the reasons behind it. Pure: the same profile and the
 * same candidates always give the same scores, reasons and order; no clock (the day a scheme's
 * status holds for is an argument), no store, no words (reasons are codes, written out in five
 * languages by `match-reasons.ts`).
 *
 * Employers: the weights add up to 100.
 *
 * | rule      | points | full                                                         | partly                                                                                     | none (a `gap` reason)                   |
 * | --------- | -----: | ------------------------------------------------------------ | ------------------------------------------------------------------------------------------ | --------------------------------------- |
 * | region    |     25 | the employer works in the profile's arbeidsmarktregio, or is `landelijk` | 12 when it works in another region of the same province                     | elsewhere                               |
 * | sector    |     20 | shares a sector with the profile, or the profile names none  | —                                                                                          | none of the profile's sectors           |
 * | skills    |     20 | the profile has 3 of the skills the employer asks (or all, when it asks fewer) | in proportion: 20 × matched / min(3, asked)                            | the employer asks none, or none match   |
 * | language  |     20 | the profile's CEFR level reaches the employer's minimum      | 10 when one level short and the employer offers `taal-op-de-werkvloer` or `taalbuddy`      | short                                   |
 * | offers    |     10 | offers a kind the profile looks for, or the profile names none | —                                                                                        | none of the kinds looked for            |
 * | education |      5 | the employer asks no minimum (or `geen`), or the profile reaches it | —                                                                                   | short, or the profile does not say      |
 *
 * A rule about something the profile leaves open (no sectors, no offers) counts as fitting: it
 * cannot tell employers apart, and it must not make a shorter profile look worse. Skills are the
 * exception: a profile without skills simply earns no skill points. Only the skills rule reads
 * the profile's skills, and its points never fall when the profile gains a skill, so adding a
 * matching skill never lowers a score. Sectors derived from skills choose where to look
 * (`match-search.ts`), never the sector points.
 *
 * Practices (praktijkvoorbeelden): sector 45 (shares a sector with the profile's sectors, or
 * with the sectors of its skills when it names none; open when it names neither), region 35
 * (same region or `landelijk`; 18 for the same province; a practice whose region the sources do
 * not give earns nothing), offers 20 (its approaches include one that delivers a kind of offer the
 * profile looks for, `offerApproaches`; open when the profile names none).
 *
 * Schemes (regelingen): region 25 (same region or `landelijk`; 12 for the same province), sector
 * 25 (used by practices in the profile's sectors, see `CatalogScheme.sectors`; open as above),
 * offers 25 (pays for what a wanted kind of offer costs, `offerPurposes`, or is that very
 * instrument, such as `proefplaatsing`; open when none named), statushouders 10 (names
 * statushouders among its target groups), status 15 (open or doorlopend today; 5 when expected or
 * unknown; 0 when closed).
 *
 * Results of each kind: at most `MAX_RESULTS`; practices and schemes only from `MIN_CONTENT_SCORE`
 * up. Ties are broken by name (Dutch collation), then by id, so the order is total.
 */
import { MAX_RESULTS } from '../contracts/match.ts';
import type { ReasonKey } from './match-reasons.ts';
import { schemeStatus, type SchemeStatus } from './scheme-status.ts';

/** CEFR levels in order; ids sort the same way as text. */
export const languageLevelOrder = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** Education levels in order, lowest first. */
export const educationLevelOrder = ['geen', 'basis', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo', 'wo'] as const;

/** The employer weights (see the table above). */
export const employerWeights = { region: 25, sector: 20, skills: 20, language: 20, offers: 10, education: 5 } as const;
/** Points for an employer in another region of the same province. */
export const PROVINCE_POINTS = 12;
/** Language points one level short, when the employer helps with the language at work. */
export const LANGUAGE_SUPPORT_POINTS = 10;
/** Skills matched for full skill points (or all the employer asks, when fewer). */
export const SKILLS_FOR_FULL_POINTS = 3;
/** Offers that help a candidate whose Dutch is one level short. */
export const languageSupportOffers = ['taal-op-de-werkvloer', 'taalbuddy'] as const;

/** The practice weights. */
export const practiceWeights = { sector: 45, region: 35, offers: 20 } as const;
/** The scheme weights. */
export const schemeWeights = { region: 25, sector: 25, offers: 25, statushouders: 10, status: 15 } as const;
/** Practices and schemes below this score are left out. */
export const MIN_CONTENT_SCORE = 40;
/** Skills a gap reason names at most. */
const MAX_NAMED = 3;

/**
 * Which practice approaches deliver a kind of offer: a candidate looking for a leerwerkplek is
 * served by practices that run leerwerktrajecten, duale trajecten or praktijkleren.
 */
export const offerApproaches: Record<string, readonly string[]> = {
  leerwerkplek: ['leerwerktraject', 'duaal-traject', 'praktijkleren-mbo'],
  startbaan: ['startbaan'],
  stage: ['praktijkleren-mbo', 'traineeship'],
  proefplaatsing: ['bemiddeling', 'jobcoaching'],
  werkervaringsplaats: ['werkervaringsplaats'],
  vacature: ['bemiddeling', 'banenmarkt', 'skills-matching'],
  mentoring: ['mentoring', 'jobcoaching'],
  taalbuddy: ['buddy'],
  'taal-op-de-werkvloer': ['taal-op-de-werkvloer'],
};

/** What a scheme must pay for to help with a kind of offer. */
export const offerPurposes: Record<string, readonly string[]> = {
  leerwerkplek: ['leerwerktraject', 'scholing'],
  startbaan: ['loonkosten'],
  stage: ['scholing', 'begeleiding'],
  proefplaatsing: ['begeleiding'],
  werkervaringsplaats: ['begeleiding'],
  vacature: ['loonkosten'],
  mentoring: ['begeleiding'],
  taalbuddy: ['taal'],
  'taal-op-de-werkvloer': ['taal'],
};

/** Target groups that mean statushouders. */
const statushouderGroups = new Set(['statushouders', 'statushouders-in-azc', 'hoogopgeleide-statushouders', 'gevluchte-zorgprofessionals']);

/** The profile as the rules read it: skills already mapped onto the vocabulary. */
export type MatchProfile = {
  region: string;
  languageLevel: string;
  /** The sectors the profile names (empty: open). */
  sectors: readonly string[];
  /** Skill ids. */
  skills: readonly string[];
  educationLevel?: string | undefined;
  /** Kinds of offer looked for (empty: open). */
  offers: readonly string[];
};

/** What the rules need of an employer: the match projection (PLAN.md, "Match projection"). */
export type EmployerCandidate = {
  employerId: string;
  name: string;
  regions: readonly string[];
  sectors: readonly string[];
  offers: readonly string[];
  languageLevel: string;
  educationLevel?: string | undefined;
  skills: readonly string[];
};

/** A praktijkvoorbeeld as the catalog holds it. */
export type CatalogPractice = {
  id: string;
  /** Title in Dutch, plus the languages it is translated into. */
  name: { nl: string } & Partial<Record<'en' | 'ar' | 'uk' | 'ti', string>>;
  regions: readonly string[];
  sectors: readonly string[];
  approaches: readonly string[];
};

/** A regeling as the catalog holds it; `sectors` are those of the practices that used it. */
export type CatalogScheme = {
  id: string;
  name: { nl: string } & Partial<Record<'en' | 'ar' | 'uk' | 'ti', string>>;
  regions: readonly string[];
  sectors: readonly string[];
  paysFor: readonly string[];
  targetGroups: readonly string[];
  windows: readonly { opens?: string | undefined; closes?: string | undefined }[];
  ongoing: boolean;
};

/** The region geography the rules need: region id → province id (`landelijk` → null). */
export type RegionProvinces = ReadonlyMap<string, string | null>;

/** A scored result before its reasons are written out. */
export type Scored<T> = { item: T; id: string; name: string; score: number; reasons: ReasonKey[] };

const has = (list: readonly string[], value: string) => list.includes(value);
const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));
const rank = (list: readonly string[], value: string | undefined) => (value === undefined ? -1 : list.indexOf(value));

type RegionFit = { points: number; reason: ReasonKey };

/** The region rule, shared by the three kinds: same region or everywhere (`full`), same province (`partly`). */
function regionFit(regions: readonly string[], profileRegion: string, provinces: RegionProvinces, full: number, partly: number): RegionFit {
  if (has(regions, profileRegion)) return { points: full, reason: { type: 'match', code: 'region.same', params: { region: profileRegion } } };
  if (has(regions, 'landelijk')) return { points: full, reason: { type: 'match', code: 'region.national' } };
  if (regions.length === 0) return { points: 0, reason: { type: 'gap', code: 'region.unknown' } };
  const province = provinces.get(profileRegion);
  if (province && regions.some((r) => provinces.get(r) === province)) {
    return { points: partly, reason: { type: 'match', code: 'region.province', params: { province } } };
  }
  return { points: 0, reason: { type: 'gap', code: 'region.elsewhere' } };
}

/** Score and reasons of one employer for a profile (the table in the file header). */
export function scoreEmployer(profile: MatchProfile, employer: EmployerCandidate, provinces: RegionProvinces): Scored<EmployerCandidate> {
  const w = employerWeights;
  const reasons: ReasonKey[] = [];
  let score = 0;

  const region = regionFit(employer.regions, profile.region, provinces, w.region, PROVINCE_POINTS);
  score += region.points;
  reasons.push(region.reason);

  if (profile.sectors.length === 0) {
    score += w.sector;
  } else {
    const shared = overlap(profile.sectors, employer.sectors);
    if (shared.length > 0) {
      score += w.sector;
      reasons.push({ type: 'match', code: 'sector.match', params: { sectors: shared } });
    } else {
      reasons.push({ type: 'gap', code: 'sector.other' });
    }
  }

  const matched = overlap(employer.skills, profile.skills);
  if (matched.length > 0) {
    score += (w.skills * Math.min(1, matched.length / Math.min(SKILLS_FOR_FULL_POINTS, employer.skills.length)));
    reasons.push({ type: 'match', code: 'skills.match', params: { skills: matched } });
  }
  const missing = employer.skills.filter((s) => !profile.skills.includes(s)).slice(0, MAX_NAMED);
  if (missing.length > 0) reasons.push({ type: 'gap', code: 'skills.missing', params: { skills: missing } });

  const have = rank(languageLevelOrder, profile.languageLevel);
  const asked = rank(languageLevelOrder, employer.languageLevel);
  const levels = { asked: employer.languageLevel, have: profile.languageLevel };
  const support = overlap(employer.offers, languageSupportOffers);
  if (have >= asked) {
    score += w.language;
    reasons.push({ type: 'match', code: 'language.ok', params: levels });
  } else {
    reasons.push({ type: 'gap', code: 'language.short', params: levels });
    if (asked - have === 1 && support.length > 0) {
      score += LANGUAGE_SUPPORT_POINTS;
      reasons.push({ type: 'match', code: 'language.support', params: { offers: support } });
    }
  }

  if (profile.offers.length === 0) {
    score += w.offers;
  } else {
    const wanted = overlap(profile.offers, employer.offers);
    if (wanted.length > 0) {
      score += w.offers;
      reasons.push({ type: 'match', code: 'offers.match', params: { offers: wanted } });
    } else {
      reasons.push({ type: 'gap', code: 'offers.other', params: { offers: employer.offers } });
    }
  }

  const minimum = employer.educationLevel;
  if (minimum === undefined || minimum === 'geen') {
    score += w.education;
    reasons.push({ type: 'match', code: 'education.none' });
  } else if (rank(educationLevelOrder, profile.educationLevel) >= rank(educationLevelOrder, minimum)) {
    score += w.education;
    reasons.push({ type: 'match', code: 'education.ok', params: { education: minimum } });
  } else {
    reasons.push({ type: 'gap', code: 'education.short', params: { education: minimum } });
  }

  return { item: employer, id: employer.employerId, name: employer.name, score: Math.round(score), reasons: ordered(reasons) };
}

/** Matches first, then gaps, each in rule order: a reader sees what fits before what is missing. */
function ordered(reasons: ReasonKey[]): ReasonKey[] {
  return [...reasons.filter((r) => r.type === 'match'), ...reasons.filter((r) => r.type === 'gap')];
}

/** Total order: score high to low, then name (Dutch collation), then id. */
export function compareScored(a: Scored<unknown>, b: Scored<unknown>): number {
  return b.score - a.score || a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The best `MAX_RESULTS` employers, each employer once (it may come from several partitions). */
export function rankEmployers(profile: MatchProfile, candidates: readonly EmployerCandidate[], provinces: RegionProvinces): Scored<EmployerCandidate>[] {
  const unique = new Map<string, EmployerCandidate>();
  for (const c of candidates) if (!unique.has(c.employerId)) unique.set(c.employerId, c);
  return [...unique.values()].map((c) => scoreEmployer(profile, c, provinces)).sort(compareScored).slice(0, MAX_RESULTS);
}

/** The sectors practices and schemes are matched on: the profile's own, else those of its skills. */
export type ContentProfile = MatchProfile & { skillSectors: readonly string[] };

const sectorsFor = (profile: ContentProfile) => (profile.sectors.length > 0 ? profile.sectors : profile.skillSectors);

/** Score and reasons of one practice. */
export function scorePractice(profile: ContentProfile, practice: CatalogPractice, provinces: RegionProvinces): Scored<CatalogPractice> {
  const w = practiceWeights;
  const reasons: ReasonKey[] = [];
  let score = 0;

  const wantedSectors = sectorsFor(profile);
  if (wantedSectors.length === 0) {
    score += w.sector;
  } else {
    const shared = overlap(wantedSectors, practice.sectors);
    if (shared.length > 0) {
      score += w.sector;
      reasons.push({ type: 'match', code: 'sector.match', params: { sectors: shared } });
    } else {
      reasons.push({ type: 'gap', code: 'sector.other' });
    }
  }

  const region = regionFit(practice.regions, profile.region, provinces, w.region, Math.round(w.region / 2));
  score += region.points;
  reasons.push(region.reason);

  if (profile.offers.length === 0) {
    score += w.offers;
  } else {
    const delivered = profile.offers.filter((offer) => (offerApproaches[offer] ?? []).some((a) => practice.approaches.includes(a)));
    if (delivered.length > 0) {
      score += w.offers;
      reasons.push({ type: 'match', code: 'practice.offers', params: { offers: delivered } });
    }
  }
  return { item: practice, id: practice.id, name: practice.name.nl, score: Math.round(score), reasons: ordered(reasons) };
}

/** Score and reasons of one scheme on `today`. */
export function scoreScheme(profile: ContentProfile, scheme: CatalogScheme, provinces: RegionProvinces, today: Date): Scored<CatalogScheme> {
  const w = schemeWeights;
  const reasons: ReasonKey[] = [];
  let score = 0;

  const region = regionFit(scheme.regions, profile.region, provinces, w.region, Math.round(w.region / 2));
  score += region.points;
  reasons.push(region.reason);

  const wantedSectors = sectorsFor(profile);
  if (wantedSectors.length === 0) {
    score += w.sector;
  } else {
    const shared = overlap(wantedSectors, scheme.sectors);
    if (shared.length > 0) {
      score += w.sector;
      reasons.push({ type: 'match', code: 'scheme.sectors', params: { sectors: shared } });
    }
  }

  if (profile.offers.length === 0) {
    score += w.offers;
  } else if (has(profile.offers, scheme.id)) {
    score += w.offers;
    reasons.push({ type: 'match', code: 'scheme.offer', params: { offers: [scheme.id] } });
  } else {
    const purposes = scheme.paysFor.filter((p) => profile.offers.some((offer) => (offerPurposes[offer] ?? []).includes(p)));
    if (purposes.length > 0) {
      score += w.offers;
      reasons.push({ type: 'match', code: 'scheme.purposes', params: { purposes } });
    }
  }

  if (scheme.targetGroups.some((g) => statushouderGroups.has(g))) {
    score += w.statushouders;
    reasons.push({ type: 'match', code: 'scheme.statushouders' });
  }

  const status: SchemeStatus = schemeStatus(
    scheme.windows.map((win) => ({ opens: win.opens ? new Date(win.opens) : undefined, closes: win.closes ? new Date(win.closes) : undefined })),
    scheme.ongoing,
    today,
  );
  if (status === 'open' || status === 'doorlopend') {
    score += w.status;
    reasons.push({ type: 'match', code: 'scheme.open' });
  } else if (status === 'gesloten') {
    reasons.push({ type: 'gap', code: 'scheme.closed' });
  } else {
    score += Math.round(w.status / 3);
    reasons.push({ type: 'gap', code: status === 'verwacht' ? 'scheme.expected' : 'scheme.unknownStatus' });
  }
  return { item: scheme, id: scheme.id, name: scheme.name.nl, score: Math.round(score), reasons: ordered(reasons) };
}

/** The best practices from `MIN_CONTENT_SCORE` up, at most `MAX_RESULTS`. */
export function rankPractices(profile: ContentProfile, practices: readonly CatalogPractice[], provinces: RegionProvinces): Scored<CatalogPractice>[] {
  return practices
    .map((p) => scorePractice(profile, p, provinces))
    .filter((s) => s.score >= MIN_CONTENT_SCORE)
    .sort(compareScored)
    .slice(0, MAX_RESULTS);
}

/** The best schemes from `MIN_CONTENT_SCORE` up, at most `MAX_RESULTS`. */
export function rankSchemes(profile: ContentProfile, schemes: readonly CatalogScheme[], provinces: RegionProvinces, today: Date): Scored<CatalogScheme>[] {
  return schemes
    .map((s) => scoreScheme(profile, s, provinces, today))
    .filter((s) => s.score >= MIN_CONTENT_SCORE)
    .sort(compareScored)
    .slice(0, MAX_RESULTS);
}
