/**
 * The gemeente quickscan as data: the questions (`content/quickscan/questions.json`), the rules
 * that turn answers into recommendations (`content/quickscan/rules.json`) and the JSON file in
 * which a reader saves a scan and loads it again.
 *
 * Editors change the questions and rules; these schemas check the shape at build (together with
 * the cross-checks in `site/lib/quickscan-check.ts`: every id a rule names must exist). The
 * saved-file schema is built from the questions, so a file can only hold answers that exist.
 *
 * Browser-safe: no reference data is imported here (the region and sector options are resolved at
 * build and handed over as plain data), so the island can parse a loaded file with it.
 */
import { z } from 'zod';
import { plainText } from './plain-text.ts';

/** An id as DESIGN.md defines it: lower case, no diacritics, words joined by `-`. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een id bestaat uit kleine letters, cijfers en streepjes');
const text = (max: number) => z.string().trim().min(2).max(max);

/** One answer a question offers. */
export const quickscanOptionSchema = z.strictObject({
  id,
  label: text(200),
  /**
   * How far this answer says the gemeente is: 0 (not started), 1 (under way), 2 (in place).
   * Answers without a score ("weet ik niet", a list of knelpunten) do not count for the standing.
   */
  score: z.number().int().min(0).max(2).optional(),
  /** Chosen alone only: ticking it clears the other answers of a `many` question ("Geen van deze"). */
  exclusive: z.boolean().optional(),
});

/** Reference lists a question can take its options from, resolved at build. */
export const quickscanOptionSources = ['regions', 'sectors'] as const;

/** One question. `one`: pick one answer; `many`: tick any number. */
export const quickscanQuestionSchema = z
  .strictObject({
    id,
    text: text(300),
    /** A line under the question that explains it. */
    help: text(600).optional(),
    kind: z.enum(['one', 'many']),
    /** Written-out answers; or `optionsFrom` for a reference list. */
    options: z.array(quickscanOptionSchema).min(2).max(60).optional(),
    optionsFrom: z.enum(quickscanOptionSources).optional(),
    /** The scan cannot go on to the report without it. */
    required: z.boolean().default(false),
    /** At most this many answers of a `many` question. */
    max: z.number().int().min(1).max(60).optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.options === undefined) === (q.optionsFrom === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'geef óf "options" óf "optionsFrom"' });
    }
  });

/** Where a part of the scan says the gemeente stands, for scores up to `upTo` (0–1). */
export const quickscanStandingSchema = z.strictObject({
  id,
  label: text(60),
  upTo: z.number().min(0).max(1),
  /** Where the gemeente stands, in one or two sentences. */
  summary: text(600),
  /** The next step for a gemeente at this standing. */
  next: text(600),
});

/** A part of the scan: one step on screen and, unless it only sets the context, a report section. */
export const quickscanPartSchema = z
  .strictObject({
    id,
    title: text(100),
    intro: text(600),
    /** False for the part that only asks region and sectors: it has no standing of its own. */
    inReport: z.boolean().default(true),
    questions: z.array(quickscanQuestionSchema).min(1).max(10),
    /** In ascending `upTo`, the last at 1. Required for a part in the report. */
    standings: z.array(quickscanStandingSchema).max(5).default([]),
  })
  .superRefine((part, ctx) => {
    if (!part.inReport) return;
    if (part.standings.length === 0) ctx.addIssue({ code: 'custom', path: ['standings'], message: 'een onderdeel in het rapport heeft standen nodig' });
    part.standings.forEach((s, i) => {
      if (i > 0 && s.upTo <= part.standings[i - 1]!.upTo) ctx.addIssue({ code: 'custom', path: ['standings', i, 'upTo'], message: 'zet de standen op oplopende "upTo"' });
    });
    if (part.standings.length > 0 && part.standings.at(-1)!.upTo !== 1) {
      ctx.addIssue({ code: 'custom', path: ['standings', part.standings.length - 1, 'upTo'], message: 'de laatste stand loopt tot 1' });
    }
  });

/** `content/quickscan/questions.json`. */
export const quickscanQuestionsSchema = z.strictObject({
  /** The parts in the order of the steps. */
  parts: z.array(quickscanPartSchema).min(2).max(8),
});

/**
 * A condition on one question. `anyOf`: at least one of these answers was chosen; `noneOf`: the
 * question was answered and none of these was chosen. An unanswered question meets neither.
 */
export const quickscanConditionSchema = z
  .strictObject({
    question: id,
    anyOf: z.array(id).min(1).optional(),
    noneOf: z.array(id).min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.anyOf === undefined) === (c.noneOf === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['anyOf'], message: 'geef óf "anyOf" óf "noneOf"' });
    }
  });

/** The content collections a recommendation can link. */
export const quickscanCollections = ['praktijkvoorbeelden', 'regelingen', 'knelpunten', 'lessen'] as const;
/** One of `quickscanCollections`. */
export type QuickscanCollection = (typeof quickscanCollections)[number];

const refs = z.array(id).max(12).default([]);

/** A rule: when every condition holds, its entries are recommended in `part`, with `reason`. */
export const quickscanRuleSchema = z.strictObject({
  id,
  /** The report section the recommendation lands in. */
  part: id,
  when: z.array(quickscanConditionSchema).min(1).max(4),
  /** Why these entries fit, as the report shows it beside each of them. */
  reason: text(400),
  /** A concrete next step for the gemeente, shown under "Wat u nu kunt doen". */
  step: text(400).optional(),
  recommend: z
    .strictObject({
      praktijkvoorbeelden: refs,
      regelingen: refs,
      knelpunten: refs,
      lessen: refs,
    })
    .default({ praktijkvoorbeelden: [], regelingen: [], knelpunten: [], lessen: [] }),
});

/**
 * A rule that matches entries by their own regions or sectors against an answer: "practices in
 * your region". `{labels}` in the reason becomes the matching answers' labels. `landelijk` never
 * counts as a match: it would fit every gemeente and say nothing.
 */
export const quickscanMatchRuleSchema = z.strictObject({
  id,
  part: id,
  question: id,
  collection: z.enum(['praktijkvoorbeelden', 'regelingen', 'lessen']),
  field: z.enum(['regions', 'sectors']),
  reason: text(400),
  /**
   * How much a match counts when ranking, against 2 for every rule the answers set off: a
   * practice in the gemeente's own region can weigh as much as an answer, a shared sector less.
   */
  weight: z.number().int().min(1).max(3).default(1),
});

/** `content/quickscan/rules.json`. */
export const quickscanRulesSchema = z.strictObject({
  /** The most entries of one collection a report section lists (the best-founded first). */
  maxPerCollection: z.number().int().min(1).max(20).default(6),
  rules: z.array(quickscanRuleSchema).min(1).max(200),
  matchRules: z.array(quickscanMatchRuleSchema).max(20).default([]),
});

export type QuickscanOption = z.infer<typeof quickscanOptionSchema>;
export type QuickscanQuestion = z.infer<typeof quickscanQuestionSchema>;
export type QuickscanStanding = z.infer<typeof quickscanStandingSchema>;
export type QuickscanPart = z.infer<typeof quickscanPartSchema>;
export type QuickscanQuestions = z.infer<typeof quickscanQuestionsSchema>;
export type QuickscanCondition = z.infer<typeof quickscanConditionSchema>;
export type QuickscanRule = z.infer<typeof quickscanRuleSchema>;
export type QuickscanMatchRule = z.infer<typeof quickscanMatchRuleSchema>;
export type QuickscanRules = z.infer<typeof quickscanRulesSchema>;

/** A question whose options are written out (reference lists resolved): what the island gets. */
export type ResolvedQuestion = Omit<QuickscanQuestion, 'options' | 'optionsFrom'> & {
  options: QuickscanOption[];
  optionsFrom?: QuickscanQuestion['optionsFrom'];
};
/** A part with resolved questions. */
export type ResolvedPart = Omit<QuickscanPart, 'questions'> & { questions: ResolvedQuestion[] };

/** The value of `format` in a saved file. */
export const quickscanFileFormat = 'werkpad-quickscan';

/** The name of the gemeente, as the reader typed it (optional, only for the report's heading). */
export const gemeenteNameSchema = plainText({ label: { nl: 'de naam van de gemeente', en: 'the name of the municipality' }, min: 1, max: 100 });

/** The answers of one scan: question id → the chosen option id (`one`) or ids (`many`). */
export const quickscanAnswersSchema = z.record(id, z.union([id, z.array(id).max(60)]), { error: 'de antwoorden ontbreken of zijn geen lijst van vragen' });
export type QuickscanAnswers = z.infer<typeof quickscanAnswersSchema>;

/** The shape of a saved scan, before its answers are checked against the questions. */
export const quickscanFileShapeSchema = z.strictObject(
  {
    format: z.literal(quickscanFileFormat, { error: 'dit is geen opgeslagen quickscan van Werkpad' }),
    version: z.literal(1, { error: 'deze versie van het bestand kent Werkpad niet' }),
    savedAt: z.iso.date({ error: 'verwacht een datum als 2026-12-02' }).optional(),
    gemeente: gemeenteNameSchema.optional(),
    answers: quickscanAnswersSchema,
    /** A readable copy of the report when it was saved; never read back. */
    report: z.unknown().optional(),
  },
  { error: 'dit is geen opgeslagen quickscan van Werkpad' },
);
/** A saved scan. */
export type QuickscanFile = z.infer<typeof quickscanFileShapeSchema>;

/**
 * The schema of a saved scan against these questions: only existing questions and answers pass,
 * a `one` question holds one answer and a `many` question a list without repeats. Messages are
 * Dutch and carry the path `answers.<question>`, so the page can name the question.
 */
export function quickscanFileSchema(parts: readonly ResolvedPart[]) {
  const questions = new Map(parts.flatMap((p) => p.questions).map((q) => [q.id, q]));
  return quickscanFileShapeSchema.superRefine((file, ctx) => {
    for (const [qid, answer] of Object.entries(file.answers)) {
      const path = ['answers', qid];
      const q = questions.get(qid);
      if (!q) {
        ctx.addIssue({ code: 'custom', path, message: 'deze vraag bestaat niet (meer) in de quickscan' });
        continue;
      }
      const list = typeof answer === 'string' ? [answer] : answer;
      if (q.kind === 'one' && typeof answer !== 'string') ctx.addIssue({ code: 'custom', path, message: 'bij deze vraag hoort één antwoord' });
      if (q.kind === 'many' && typeof answer === 'string') ctx.addIssue({ code: 'custom', path, message: 'bij deze vraag hoort een lijst met antwoorden' });
      const known = new Set(q.options.map((o) => o.id));
      const unknown = list.filter((a) => !known.has(a));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', path, message: `dit antwoord bestaat niet bij deze vraag: ${unknown.join(', ')}` });
      if (new Set(list).size !== list.length) ctx.addIssue({ code: 'custom', path, message: 'een antwoord staat er twee keer in' });
      if (q.max !== undefined && list.length > q.max) ctx.addIssue({ code: 'custom', path, message: `kies hooguit ${q.max} antwoorden` });
    }
  });
}
