/**
 * Reads the quickscan's data files and checks what a schema cannot: that every question, answer,
 * part and entry a rule names exists. The build runs this (`quickscan-content.ts`) and stops with
 * every problem listed; the unit tests run it on the real files and on broken copies.
 *
 * Pure: reference lists and the known entry ids come in as arguments.
 */
import {
  quickscanCollections,
  quickscanQuestionsSchema,
  quickscanRulesSchema,
  type QuickscanCollection,
  type QuickscanQuestions,
  type QuickscanRules,
  type ResolvedPart,
} from '../../functions/contracts/quickscan.ts';
import { ContentValidationError, describeIssues } from './content-errors.ts';
import type { QuickscanData } from './quickscan.ts';

/** A reference list as `taxonomy.ts` exports it. */
export type ReferenceTerm = { id: string; label: { nl: string } };

/** Where the files live, as an author sees them in messages. */
export const questionsFile = 'content/quickscan/questions.json';
export const rulesFile = 'content/quickscan/rules.json';

/** Parses one file's JSON text with its schema; a problem throws with the file and every field. */
export function parseQuickscanFile(file: typeof questionsFile, text: string): QuickscanQuestions;
export function parseQuickscanFile(file: typeof rulesFile, text: string): QuickscanRules;
export function parseQuickscanFile(file: string, text: string): QuickscanQuestions | QuickscanRules {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentValidationError(file, [`geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const schema = file === questionsFile ? quickscanQuestionsSchema : quickscanRulesSchema;
  const result = schema.safeParse(json);
  if (!result.success) throw new ContentValidationError(file, describeIssues(result.error.issues));
  return result.data;
}

/**
 * The parts with every question's options written out: `optionsFrom: "regions"` becomes the
 * arbeidsmarktregio's (without `landelijk`: a gemeente lies in one region), `"sectors"` the sectors.
 */
export function resolveParts(questions: QuickscanQuestions, lists: { regions: readonly ReferenceTerm[]; sectors: readonly ReferenceTerm[] }): ResolvedPart[] {
  return questions.parts.map((part) => ({
    ...part,
    questions: part.questions.map((q) => {
      if (q.options) return { ...q, options: q.options };
      const list = q.optionsFrom === 'regions' ? lists.regions.filter((r) => r.id !== 'landelijk') : lists.sectors;
      return { ...q, options: list.map((t) => ({ id: t.id, label: t.label.nl })) };
    }),
  }));
}

const fieldSource = { regions: 'regions', sectors: 'sectors' } as const;

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/**
 * Every problem in the questions and rules, as lines naming the file and the rule or question:
 * duplicate ids, rules in unknown parts, conditions on unknown questions or answers, links to
 * entries that do not exist, and match rules on the wrong kind of question.
 */
export function quickscanProblems(parts: readonly ResolvedPart[], rules: QuickscanRules, known: Record<QuickscanCollection, ReadonlySet<string>>): string[] {
  const problems: string[] = [];
  const questions = parts.flatMap((p) => p.questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reportParts = new Set(parts.filter((p) => p.inReport).map((p) => p.id));

  for (const id of duplicates(parts.map((p) => p.id))) problems.push(`${questionsFile}: onderdeel "${id}" komt dubbel voor`);
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`${questionsFile}: vraag "${id}" komt dubbel voor`);
  for (const q of questions) {
    for (const id of duplicates(q.options.map((o) => o.id))) problems.push(`${questionsFile}: vraag "${q.id}" heeft antwoord "${id}" dubbel`);
    if (q.kind === 'one' && q.options.some((o) => o.exclusive)) problems.push(`${questionsFile}: vraag "${q.id}" kiest al één antwoord; "exclusive" hoort bij een vraag met "kind": "many"`);
  }
  for (const id of duplicates([...rules.rules.map((r) => r.id), ...rules.matchRules.map((r) => r.id)])) problems.push(`${rulesFile}: regel "${id}" komt dubbel voor`);

  const checkPart = (rule: string, part: string) => {
    if (!reportParts.has(part)) problems.push(`${rulesFile}: regel "${rule}" hoort bij onderdeel "${part}", maar dat onderdeel staat niet in het rapport (kies uit ${[...reportParts].join(', ')})`);
  };

  for (const rule of rules.rules) {
    checkPart(rule.id, rule.part);
    for (const condition of rule.when) {
      const q = byId.get(condition.question);
      if (!q) {
        problems.push(`${rulesFile}: regel "${rule.id}" vraagt naar "${condition.question}", maar die vraag bestaat niet in ${questionsFile}`);
        continue;
      }
      for (const answer of condition.anyOf ?? condition.noneOf ?? []) {
        if (!q.options.some((o) => o.id === answer)) problems.push(`${rulesFile}: regel "${rule.id}" noemt antwoord "${answer}", maar vraag "${q.id}" heeft dat antwoord niet`);
      }
    }
    for (const collection of quickscanCollections) {
      for (const ref of rule.recommend[collection]) {
        if (!known[collection].has(ref)) problems.push(`${rulesFile}: regel "${rule.id}" verwijst naar "${ref}", maar content/${collection}/${ref}.md bestaat niet`);
      }
    }
    if (quickscanCollections.every((c) => rule.recommend[c].length === 0) && !rule.step) {
      problems.push(`${rulesFile}: regel "${rule.id}" raadt niets aan en geeft geen stap`);
    }
  }

  for (const match of rules.matchRules) {
    checkPart(match.id, match.part);
    const q = byId.get(match.question);
    if (!q) problems.push(`${rulesFile}: regel "${match.id}" vraagt naar "${match.question}", maar die vraag bestaat niet in ${questionsFile}`);
    else if (q.optionsFrom !== fieldSource[match.field]) {
      problems.push(`${rulesFile}: regel "${match.id}" vergelijkt "${match.field}" met vraag "${q.id}", maar die vraag neemt haar antwoorden niet uit "${fieldSource[match.field]}"`);
    }
  }
  return problems;
}

/**
 * The quickscan's data from the two files' texts, resolved and checked; throws a
 * `ContentValidationError` listing every problem, so the build stops with a message an editor can
 * act on.
 */
export function loadQuickscanData(
  texts: { questions: string; rules: string },
  lists: { regions: readonly ReferenceTerm[]; sectors: readonly ReferenceTerm[] },
  known: Record<QuickscanCollection, ReadonlySet<string>>,
): QuickscanData {
  const questions = parseQuickscanFile(questionsFile, texts.questions);
  const rules = parseQuickscanFile(rulesFile, texts.rules);
  const parts = resolveParts(questions, lists);
  const problems = quickscanProblems(parts, rules, known);
  if (problems.length > 0) throw new ContentValidationError('content/quickscan', problems);
  return { parts, rules: rules.rules, matchRules: rules.matchRules, maxPerCollection: rules.maxPerCollection };
}
