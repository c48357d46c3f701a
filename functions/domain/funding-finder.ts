/**
 * The funding finder ("financieringswijzer"): who you are and what you want to fund → the
 * regelingen that fit, ranked, each with a short Dutch explanation, its status on a given day and
 * the other results it can be combined with for one placement.
 *
 * Pure and free of Astro, zod and reference-data imports (types only), so the static step pages
 * and the browser island run the very same code on the same plain data.
 */
import type { Scheme } from '../contracts/content.ts';
import { schemeStatus, type SchemeStatus } from './scheme-status.ts';

type ApplicantKind = Scheme['applicants'][number];
type FundingPurpose = Scheme['paysFor'][number];

/** What the finder needs of a scheme: plain data, the same at build and in the browser. */
export type FinderScheme = Pick<Scheme, 'name' | 'applicants' | 'paysFor' | 'targetGroups' | 'windows' | 'ongoing' | 'combinesWith'> & {
  id: string;
};

/**
 * The organisations the finder asks about. `statushouder` (an applicant kind of the content
 * schema) is left out on purpose: statushouders are served by the match page, not by funding.
 * A unit test keeps this list in step with `applicantKinds`.
 */
export const finderApplicants = ['gemeente', 'werkgever', 'onderwijsinstelling', 'initiatief'] as const satisfies readonly ApplicantKind[];
/** One of `finderApplicants`. */
export type FinderApplicant = (typeof finderApplicants)[number];

/** What can be funded, in the order the step page shows it (equal to `fundingPurposes`). */
export const finderPurposes = ['loonkosten', 'begeleiding', 'scholing', 'taal', 'leerwerktraject'] as const satisfies readonly FundingPurpose[];
/** One of `finderPurposes`. */
export type FinderPurpose = (typeof finderPurposes)[number];

/** Dutch labels of every applicant kind, as a step page names them ("Ik ben een …"). */
export const applicantLabels: Record<ApplicantKind, { label: string; plural: string }> = {
  gemeente: { label: 'Gemeente', plural: 'gemeenten' },
  werkgever: { label: 'Werkgever', plural: 'werkgevers' },
  onderwijsinstelling: { label: 'Onderwijsinstelling', plural: 'onderwijsinstellingen' },
  initiatief: { label: 'Initiatief', plural: 'initiatieven' },
  statushouder: { label: 'Statushouder', plural: 'statushouders' },
};

/** Dutch labels of the purposes, as a step page names them ("Ik wil betalen voor …"). */
export const purposeLabels: Record<FundingPurpose, string> = {
  loonkosten: 'Loonkosten',
  begeleiding: 'Begeleiding',
  scholing: 'Scholing',
  taal: 'Taal',
  leerwerktraject: 'Leerwerktraject',
};

/** The question: who asks, what for, and optionally for which target group. */
export interface FinderQuery {
  applicant: FinderApplicant;
  purpose: FinderPurpose;
  targetGroup?: string | undefined;
}

/**
 * How well a scheme fits, best first:
 * - `exact`: you may apply, it pays for what you want, and it names your target group (or you
 *   named none);
 * - `doelgroep-niet-genoemd`: as exact, but the sources do not name your target group for it;
 * - `andere-aanvrager`: it pays for what you want, but someone else applies (e.g. the gemeente).
 */
export const finderFits = ['exact', 'doelgroep-niet-genoemd', 'andere-aanvrager'] as const;
/** One of `finderFits`. */
export type FinderFit = (typeof finderFits)[number];

/** One reason, in the shape the match API uses: a match that counts for it, or a gap. */
export interface FinderReason {
  type: 'match' | 'gap';
  text: string;
}

/** One scheme in the answer. */
export interface FinderResult {
  id: string;
  name: string;
  fit: FinderFit;
  status: SchemeStatus;
  /** Short Dutch sentences: why it fits (`match`) and what to check (`gap`). */
  reasons: FinderReason[];
  /** Ids of other results it can be combined with for one placement, in result order. */
  combinesWith: string[];
}

/** The whole answer: ranked results, the pairs among them that combine, and the day used. */
export interface FinderAnswer {
  query: FinderQuery;
  today: Date;
  results: FinderResult[];
  /** Each pair once, `[a, b]` in result order. */
  combinations: [string, string][];
}

/** Options that only change wording: labels of target groups (the id by default). */
export interface FinderOptions {
  today: Date;
  targetGroupLabel?: (id: string) => string;
}

// How a purpose reads inside a sentence ("het betaalt voor …").
const purposePhrases: Record<FundingPurpose, string> = {
  loonkosten: 'loonkosten',
  begeleiding: 'begeleiding',
  scholing: 'scholing',
  taal: 'taal',
  leerwerktraject: 'leerwerktrajecten',
};

const fitRank: Record<FinderFit, number> = { exact: 0, 'doelgroep-niet-genoemd': 1, 'andere-aanvrager': 2 };
// Usable now before usable later before unknown before closed.
const statusRank: Record<SchemeStatus, number> = { open: 0, doorlopend: 0, verwacht: 1, onbekend: 2, gesloten: 3 };

function joinNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * Which schemes combine, made symmetric: when A lists B in `combinesWith`, A and B combine,
 * whether or not B lists A. Ids that name no scheme in `schemes` are ignored.
 */
export function combinationIndex(schemes: readonly Pick<FinderScheme, 'id' | 'combinesWith'>[]): Map<string, Set<string>> {
  const known = new Set(schemes.map((s) => s.id));
  const index = new Map<string, Set<string>>(schemes.map((s) => [s.id, new Set<string>()]));
  for (const s of schemes) {
    for (const other of s.combinesWith) {
      if (!known.has(other) || other === s.id) continue;
      index.get(s.id)!.add(other);
      index.get(other)!.add(s.id);
    }
  }
  return index;
}

/** The ids a scheme combines with (symmetric), sorted; for pages and exports. */
export function combinesWithOf(schemes: readonly Pick<FinderScheme, 'id' | 'combinesWith'>[], id: string): string[] {
  return [...(combinationIndex(schemes).get(id) ?? [])].sort();
}

function fitOf(scheme: FinderScheme, query: FinderQuery): FinderFit | undefined {
  if (!scheme.paysFor.includes(query.purpose)) return undefined;
  if (!scheme.applicants.includes(query.applicant)) return 'andere-aanvrager';
  if (query.targetGroup && !scheme.targetGroups.includes(query.targetGroup)) return 'doelgroep-niet-genoemd';
  return 'exact';
}

const statusReason: Record<SchemeStatus, FinderReason> = {
  open: { type: 'match', text: 'U kunt nu aanvragen: er loopt een aanvraagperiode.' },
  doorlopend: { type: 'match', text: 'U kunt het op elk moment inzetten of aanvragen.' },
  verwacht: { type: 'gap', text: 'Er is nu geen aanvraagperiode open; er komt er een aan.' },
  onbekend: { type: 'gap', text: 'Wanneer u kunt aanvragen, staat niet in de bronnen: vraag het na bij de financier.' },
  gesloten: { type: 'gap', text: 'Alle bekende aanvraagperioden zijn voorbij.' },
};

function reasonsOf(scheme: FinderScheme, query: FinderQuery, fit: FinderFit, status: SchemeStatus, label: (id: string) => string): FinderReason[] {
  const who = applicantLabels[query.applicant].plural;
  const what = purposePhrases[query.purpose];
  const reasons: FinderReason[] = [];
  if (fit === 'andere-aanvrager') {
    const via = scheme.applicants.map((a) => applicantLabels[a].plural);
    reasons.push({ type: 'match', text: `Betaalt voor ${what}.` });
    reasons.push({
      type: 'gap',
      text: via.length > 0 ? `${capitalise(who)} vragen dit niet zelf aan; dat doen ${joinNl(via)}.` : 'De bronnen noemen niet wie kan aanvragen.',
    });
  } else {
    reasons.push({ type: 'match', text: `${capitalise(who)} kunnen dit aanvragen en het betaalt voor ${what}.` });
  }
  if (query.targetGroup) {
    reasons.push(
      scheme.targetGroups.includes(query.targetGroup)
        ? { type: 'match', text: `Bedoeld voor ${label(query.targetGroup).toLowerCase()}.` }
        : { type: 'gap', text: `De bronnen noemen ${label(query.targetGroup).toLowerCase()} niet als doelgroep: controleer de voorwaarden.` },
    );
  }
  reasons.push(statusReason[status]);
  return reasons;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The schemes that fit a query, ranked: fit first (exact before partial), then what can be used
 * now, then name. Each carries its status on `options.today` and the results it combines with.
 */
export function findSchemes(schemes: readonly FinderScheme[], query: FinderQuery, options: FinderOptions): FinderAnswer {
  const label = options.targetGroupLabel ?? ((id: string) => id);
  const index = combinationIndex(schemes);
  const fitting = schemes.flatMap((scheme) => {
    const fit = fitOf(scheme, query);
    if (!fit) return [];
    const status = schemeStatus(scheme.windows, scheme.ongoing, options.today);
    return [{ scheme, fit, status }];
  });
  fitting.sort(
    (a, b) =>
      fitRank[a.fit] - fitRank[b.fit] ||
      statusRank[a.status] - statusRank[b.status] ||
      a.scheme.name.localeCompare(b.scheme.name, 'nl'),
  );
  const order = fitting.map((f) => f.scheme.id);
  const results: FinderResult[] = fitting.map(({ scheme, fit, status }) => ({
    id: scheme.id,
    name: scheme.name,
    fit,
    status,
    reasons: reasonsOf(scheme, query, fit, status, label),
    combinesWith: order.filter((id) => index.get(scheme.id)?.has(id)),
  }));
  const combinations: [string, string][] = [];
  for (const [i, a] of order.entries()) {
    for (const b of order.slice(i + 1)) if (index.get(a)?.has(b)) combinations.push([a, b]);
  }
  return { query, today: options.today, results, combinations };
}

/** One pre-built result page: an applicant and a purpose, with its URL slug. */
export interface FinderStep {
  applicant: FinderApplicant;
  purpose: FinderPurpose;
  /** `gemeente/loonkosten`: stable, made of ids that are never renamed. */
  slug: string;
}

/** Every applicant × purpose combination, for the static result pages (20 in all). */
export const finderSteps: readonly FinderStep[] = finderApplicants.flatMap((applicant) =>
  finderPurposes.map((purpose) => ({ applicant, purpose, slug: `${applicant}/${purpose}` })),
);

/** The base path of the finder. */
export const finderBasePath = '/financieringswijzer/';

/**
 * The path of a step: the start (who are you?), one applicant (what do you want to fund?) or the
 * result page of an applicant and a purpose. Unprefixed: the page adds a language prefix.
 */
export function finderPath(applicant?: FinderApplicant, purpose?: FinderPurpose): string {
  if (!applicant) return finderBasePath;
  return purpose ? `${finderBasePath}${applicant}/${purpose}/` : `${finderBasePath}${applicant}/`;
}

/** Narrows a string (a route param or a form value) to an applicant, or undefined. */
export function parseFinderApplicant(value: string | null | undefined): FinderApplicant | undefined {
  return (finderApplicants as readonly string[]).includes(value ?? '') ? (value as FinderApplicant) : undefined;
}

/** Narrows a string (a route param or a form value) to a purpose, or undefined. */
export function parseFinderPurpose(value: string | null | undefined): FinderPurpose | undefined {
  return (finderPurposes as readonly string[]).includes(value ?? '') ? (value as FinderPurpose) : undefined;
}
