/**
 * The matching use case (`POST /api/match` and the 'Werk zoeken' form without JavaScript): a
 * valid profile in, the ranked employers, practices and schemes with their reasons out, in the
 * language asked.
 *
 *  1. map the profile's skill words onto the vocabulary (`skill-mapping.ts`); words that map to
 *     nothing go back as `unknownSkills`;
 *  2. plan the keyed reads (`match-search.ts`) and read the employer candidates through the
 *     `MatchCandidateStore` port, while the practice and scheme catalog loads; the same
 *     province only when the own region and `landelijk` give too few;
 *  3. score and rank each kind (`matching.ts`), write the reasons (`match-reasons.ts`).
 *
 * The profile lives only in this call: it is not stored, not logged and not part of any key or
 * URL (the partitions read are named by region and sector alone).
 */
import { MAX_RESULTS, type MatchItem, type MatchResponse, type Profile } from '../contracts/match.ts';
import { regions, sectors } from '../contracts/taxonomy.ts';
import type { MatchCatalog } from './match-catalog.ts';
import { reasonsIn, unreviewedMatchLangs, type MatchLang } from './match-reasons.ts';
import { planCandidateReads } from './match-search.ts';
import { rankEmployers, rankPractices, rankSchemes, type MatchProfile, type Scored } from './matching.ts';
import type { MatchCandidateStore } from './ports.ts';
import { mapSkills, sectorsOfSkills } from './skill-mapping.ts';

/** What matching depends on. */
export type MatchDependencies = {
  candidates: MatchCandidateStore;
  /** The practice and scheme catalog of the current build. */
  catalog: () => Promise<MatchCatalog>;
  /** The day a scheme's status holds for. */
  today: () => Date;
};

/** Region id → province id (`landelijk` → null), from the reference data. */
export const regionProvinces: ReadonlyMap<string, string | null> = new Map(regions.map((r) => [r.id, r.province]));
const sectorIds = sectors.map((s) => s.id);

/** The path of a page on this site in `lang`: English pages under `/en`; the others link the Dutch page where theirs does not exist. */
function pageUrl(lang: MatchLang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

function item(lang: MatchLang, scored: Scored<unknown>, name: string, path: string): MatchItem {
  return { id: scored.id, name, score: scored.score, reasons: reasonsIn(lang, scored.reasons), url: pageUrl(lang, path) };
}

/** The ranked, explained answer to a profile in `lang`. */
export async function matchProfile(deps: MatchDependencies, profile: Profile, lang: MatchLang): Promise<MatchResponse> {
  const { skillIds, unknown } = mapSkills(profile.skills ?? []);
  const skillSectors = sectorsOfSkills(skillIds);
  const rules: MatchProfile = {
    region: profile.region,
    languageLevel: profile.languageLevel,
    sectors: profile.sectors ?? [],
    skills: skillIds,
    educationLevel: profile.educationLevel,
    offers: profile.offers ?? [],
  };
  const plan = planCandidateReads(rules, skillSectors, regionProvinces, sectorIds);
  const [first, catalog] = await Promise.all([deps.candidates.read(plan.first), deps.catalog()]);
  // The same province only when the own region and `landelijk` leave the list short (match-search.ts).
  const candidates = new Set(first.map((c) => c.employerId)).size < MAX_RESULTS ? [...first, ...(await deps.candidates.read(plan.province))] : first;

  const content = { ...rules, skillSectors };
  const employers = rankEmployers(rules, candidates, regionProvinces);
  const practices = rankPractices(content, catalog.practices, regionProvinces);
  const schemes = rankSchemes(content, catalog.schemes, regionProvinces, deps.today());

  return {
    employers: employers.map((s) => item(lang, s, s.name, `/werkgevers/${s.id}/`)),
    practices: practices.map((s) => item(lang, s, s.item.name[lang] ?? s.item.name.nl, `/praktijkvoorbeelden/${s.id}/`)),
    schemes: schemes.map((s) => item(lang, s, s.item.name[lang] ?? s.item.name.nl, `/regelingen/${s.id}/`)),
    ...(unknown.length > 0 ? { unknownSkills: unknown } : {}),
    reasonsLanguage: { lang, reviewed: !unreviewedMatchLangs.includes(lang) },
  };
}
