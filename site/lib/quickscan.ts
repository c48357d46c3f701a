/**
 * The quickscan's mapping from answers to a report: per part, where the gemeente stands, what to
 * do next, and the entries (practices, schemes, knelpunten, lessen) that fit its answers, region
 * and sectors — each with the reasons it was chosen. The rules are data (`content/quickscan/`);
 * this module only applies them.
 *
 * Pure and browser-safe: the island runs it on the reader's answers (which never leave the
 * browser), the static step pages and the tests run the very same code.
 */
import type {
  QuickscanAnswers,
  QuickscanCollection,
  QuickscanCondition,
  QuickscanMatchRule,
  QuickscanRule,
  QuickscanStanding,
  ResolvedPart,
  ResolvedQuestion,
} from '../../functions/contracts/quickscan.ts';
import { schemeStatus, type SchemeStatus } from '../../functions/domain/scheme-status.ts';

/** Questions and rules as the build resolved and checked them. */
export interface QuickscanData {
  parts: ResolvedPart[];
  rules: QuickscanRule[];
  matchRules: QuickscanMatchRule[];
  maxPerCollection: number;
}

/** An application window as plain days (`YYYY-MM-DD`), the same at build and in the browser. */
export interface WindowDays {
  opens: string | null;
  closes: string | null;
}

/** What the report needs of an entry: plain JSON. */
export interface CatalogEntry {
  id: string;
  title: string;
  href: string;
  /** `nl` when the title is Dutch on a page in another language. */
  lang?: string | undefined;
  regions: string[];
  sectors: string[];
  /** Schemes only. */
  windows?: WindowDays[] | undefined;
  ongoing?: boolean | undefined;
  /** Knelpunten only: the titles of the solutions that work. */
  solutions?: string[] | undefined;
}

/** The entries a report can link, per collection. */
export type QuickscanCatalog = Record<QuickscanCollection, CatalogEntry[]>;

/** The order in which a report section lists the collections. */
export const reportCollections: readonly QuickscanCollection[] = ['praktijkvoorbeelden', 'regelingen', 'knelpunten', 'lessen'];

/** Why an entry or a step is in the report: the rule that put it there and its words. */
export interface QuickscanReason {
  rule: string;
  text: string;
}

/** One recommended entry with every reason that led to it. */
export interface QuickscanRecommendation {
  collection: QuickscanCollection;
  id: string;
  reasons: QuickscanReason[];
  /** Schemes only: the status on the report's day. */
  status?: SchemeStatus | undefined;
}

/** One report section: a part of the scan. */
export interface QuickscanPartReport {
  part: string;
  title: string;
  /** How many of the part's questions were answered, and how many it has. */
  answered: number;
  questions: number;
  /** 0–1 from the scored answers, or null when no scored question was answered. */
  score: number | null;
  standing: QuickscanStanding | null;
  /** What to do next: the standing's step first, then the steps of the rules that fired. */
  steps: QuickscanReason[];
  recommendations: Record<QuickscanCollection, QuickscanRecommendation[]>;
  /** Match rules of this part that found nothing, e.g. no practice in the gemeente's region yet. */
  misses: QuickscanMiss[];
}

/** A match rule that found no entry for the answers: worth saying, and an invitation to add one. */
export interface QuickscanMiss {
  rule: string;
  collection: QuickscanCollection;
  field: 'regions' | 'sectors';
  /** The labels of the answers it looked for, e.g. "Twente". */
  labels: string;
}

/** The whole report. */
export interface QuickscanReport {
  today: string;
  parts: QuickscanPartReport[];
  /** Ids of the rules and match rules that fired, in data order. */
  fired: string[];
}

/** The answers chosen for a question, as a list (empty when unanswered). */
export function chosen(answers: QuickscanAnswers, question: string): string[] {
  const answer = answers[question];
  return answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
}

/** A condition holds only for an answered question: `anyOf` when one of them was chosen, `noneOf` when none was. */
export function conditionHolds(condition: QuickscanCondition, answers: QuickscanAnswers): boolean {
  const picked = chosen(answers, condition.question);
  if (picked.length === 0) return false;
  if (condition.anyOf) return picked.some((a) => condition.anyOf!.includes(a));
  return !picked.some((a) => condition.noneOf!.includes(a));
}

/** A rule fires when every condition holds. */
export function ruleFires(rule: Pick<QuickscanRule, 'when'>, answers: QuickscanAnswers): boolean {
  return rule.when.every((c) => conditionHolds(c, answers));
}

/**
 * How many of the part's questions were answered, and the average score (0–1) of the answers that
 * carry one (null when none does): 0 for "not started", ½ for "under way", 1 for "in place".
 */
export function partScore(part: Pick<ResolvedPart, 'questions'>, answers: QuickscanAnswers): { answered: number; questions: number; score: number | null } {
  let points = 0;
  let scored = 0;
  let answered = 0;
  for (const q of part.questions) {
    const picked = chosen(answers, q.id);
    if (picked.length > 0) answered += 1;
    const scores = picked.map((a) => q.options.find((o) => o.id === a)?.score).filter((s): s is number => s !== undefined);
    if (scores.length === 0) continue;
    scored += 1;
    points += Math.max(...scores) / 2;
  }
  return { answered, questions: part.questions.length, score: scored === 0 ? null : points / scored };
}

/** The standing a score falls in: the first whose `upTo` it does not exceed. */
export function standingOf(standings: readonly QuickscanStanding[], score: number | null): QuickscanStanding | null {
  if (score === null) return null;
  return standings.find((s) => score <= s.upTo + 1e-9) ?? standings.at(-1) ?? null;
}

/** A scheme can be used in a region when it is national, names no region, or names this one. */
export function availableIn(entry: Pick<CatalogEntry, 'regions'>, region: string | undefined): boolean {
  return entry.regions.length === 0 || entry.regions.includes('landelijk') || (region !== undefined && entry.regions.includes(region));
}

function joinNl(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** What a reason from an answer rule weighs when ranking; a match rule says its own weight. */
export const ruleWeight = 2;

const statusRank: Record<SchemeStatus, number> = { open: 0, doorlopend: 0, verwacht: 1, onbekend: 2, gesloten: 3 };

/** The question that holds the gemeente's region: the one that takes its options from the regions. */
function regionOf(data: QuickscanData, answers: QuickscanAnswers): string | undefined {
  const question = data.parts.flatMap((p) => p.questions).find((q) => q.optionsFrom === 'regions');
  return question ? chosen(answers, question.id)[0] : undefined;
}

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : undefined);

/** The status of a scheme in the catalog on `today`. */
export function catalogStatus(entry: Pick<CatalogEntry, 'windows' | 'ongoing'>, today: Date): SchemeStatus {
  return schemeStatus((entry.windows ?? []).map((w) => ({ opens: toDate(w.opens), closes: toDate(w.closes) })), entry.ongoing ?? false, today);
}

/**
 * The report for a set of answers: for every part in the report its standing, its next steps and
 * its recommendations, ranked by the weight of their reasons (2 for each rule the answers set off,
 * a match rule's own weight for a shared region or sector), then by how many reasons, then, for
 * schemes, usable now first, then by title; at most `maxPerCollection` per collection. A scheme that only exists in
 * other regions is left out. Ids that name no catalog entry are skipped (the build rejects them).
 */
export function quickscanReport(data: QuickscanData, answers: QuickscanAnswers, catalog: QuickscanCatalog, today: Date): QuickscanReport {
  const region = regionOf(data, answers);
  const questions = new Map<string, ResolvedQuestion>(data.parts.flatMap((p) => p.questions).map((q) => [q.id, q]));
  const byId = Object.fromEntries(reportCollections.map((c) => [c, new Map(catalog[c].map((e) => [e.id, e]))])) as Record<QuickscanCollection, Map<string, CatalogEntry>>;
  const found = new Map<string, Map<QuickscanCollection, Map<string, QuickscanReason[]>>>();
  const steps = new Map<string, QuickscanReason[]>();
  const fired: string[] = [];
  const matchWeights = new Map(data.matchRules.map((m) => [m.id, m.weight]));
  const misses = new Map<string, QuickscanMiss[]>();

  const add = (part: string, collection: QuickscanCollection, id: string, reason: QuickscanReason) => {
    const entry = byId[collection].get(id);
    if (!entry) return;
    if (collection === 'regelingen' && !availableIn(entry, region)) return;
    const inPart = found.get(part) ?? new Map();
    found.set(part, inPart);
    const inCollection = inPart.get(collection) ?? new Map();
    inPart.set(collection, inCollection);
    const reasons = inCollection.get(id) ?? [];
    if (!reasons.some((r: QuickscanReason) => r.rule === reason.rule)) reasons.push(reason);
    inCollection.set(id, reasons);
  };

  for (const rule of data.rules) {
    if (!ruleFires(rule, answers)) continue;
    fired.push(rule.id);
    const reason = { rule: rule.id, text: rule.reason };
    if (rule.step) steps.set(rule.part, [...(steps.get(rule.part) ?? []), { rule: rule.id, text: rule.step }]);
    for (const collection of reportCollections) for (const id of rule.recommend[collection]) add(rule.part, collection, id, reason);
  }

  for (const match of data.matchRules) {
    const question = questions.get(match.question);
    const picked = chosen(answers, match.question).filter((a) => a !== 'landelijk');
    if (!question || picked.length === 0) continue;
    let hit = false;
    for (const entry of catalog[match.collection]) {
      const shared = picked.filter((a) => entry[match.field].includes(a));
      if (shared.length === 0) continue;
      hit = true;
      const labels = joinNl(shared.map((a) => question.options.find((o) => o.id === a)?.label ?? a));
      add(match.part, match.collection, entry.id, { rule: match.id, text: match.reason.replaceAll('{labels}', labels) });
    }
    if (hit) fired.push(match.id);
    else {
      const labels = joinNl(picked.map((a) => question.options.find((o) => o.id === a)?.label ?? a));
      misses.set(match.part, [...(misses.get(match.part) ?? []), { rule: match.id, collection: match.collection, field: match.field, labels }]);
    }
  }

  const parts = data.parts
    .filter((p) => p.inReport)
    .map((part): QuickscanPartReport => {
      const { answered, questions: count, score } = partScore(part, answers);
      const standing = standingOf(part.standings, score);
      const recommendations = Object.fromEntries(
        reportCollections.map((collection) => {
          const items = [...(found.get(part.id)?.get(collection) ?? new Map<string, QuickscanReason[]>()).entries()].map(([id, reasons]) => ({
            collection,
            id,
            reasons,
            status: collection === 'regelingen' ? catalogStatus(byId.regelingen.get(id)!, today) : undefined,
          }));
          const weight = (r: QuickscanRecommendation) => r.reasons.reduce((sum, reason) => sum + (matchWeights.get(reason.rule) ?? ruleWeight), 0);
          items.sort(
            (a, b) =>
              weight(b) - weight(a) ||
              b.reasons.length - a.reasons.length ||
              (a.status && b.status ? statusRank[a.status] - statusRank[b.status] : 0) ||
              byId[collection].get(a.id)!.title.localeCompare(byId[collection].get(b.id)!.title, 'nl'),
          );
          return [collection, items.slice(0, data.maxPerCollection)];
        }),
      ) as Record<QuickscanCollection, QuickscanRecommendation[]>;
      return {
        part: part.id,
        title: part.title,
        answered,
        questions: count,
        score,
        standing,
        steps: [...(standing ? [{ rule: `stand:${standing.id}`, text: standing.next }] : []), ...(steps.get(part.id) ?? [])],
        recommendations,
        misses: misses.get(part.id) ?? [],
      };
    });

  return { today: today.toISOString().slice(0, 10), parts, fired };
}

/** For the static step pages: the rules a question leads, grouped by the answer that sets them off. */
export interface RulesOfQuestion {
  /** Per answer (in the question's order), the rules whose first condition picks it. */
  byAnswer: { answer: string; rules: QuickscanRule[] }[];
  /** Rules whose first condition fires when none of some answers is chosen. */
  whenNotChosen: QuickscanRule[];
  /** Match rules on this question (region, sectors). */
  matches: QuickscanMatchRule[];
}

/** The rules a question leads (its first condition), for a reader without JavaScript. */
export function rulesOfQuestion(data: QuickscanData, question: ResolvedQuestion): RulesOfQuestion {
  const led = data.rules.filter((r) => r.when[0]?.question === question.id);
  return {
    byAnswer: question.options.map((o) => ({ answer: o.id, rules: led.filter((r) => r.when[0]!.anyOf?.includes(o.id)) })),
    whenNotChosen: led.filter((r) => r.when[0]!.noneOf !== undefined),
    matches: data.matchRules.filter((m) => m.question === question.id),
  };
}

/**
 * A condition in words, e.g. "bij ‘Hoe betaalt u het leerwerkaanbod nu?’ ‘Met tijdelijke
 * projecten of subsidies’ of ‘Er is (nog) geen geld voor’ kiest".
 */
export function describeCondition(data: QuickscanData, condition: QuickscanCondition): string {
  const question = data.parts.flatMap((p) => p.questions).find((q) => q.id === condition.question);
  const labels = (condition.anyOf ?? condition.noneOf ?? []).map((id) => `‘${question?.options.find((o) => o.id === id)?.label ?? id}’`);
  const list = labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} of ${labels.at(-1)}`;
  return `u bij ‘${question?.text ?? condition.question}’ ${list} ${condition.anyOf ? 'kiest' : 'niet kiest'}`;
}
