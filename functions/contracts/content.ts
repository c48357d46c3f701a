/**
 * Frontmatter schemas of the five content collections in `content/`.
 *
 * Astro validates every markdown file against these at build; a malformed file fails the build
 * with the file, the field and what was expected (see `site/lib/content-errors.ts`). Fields the
 * seeds cannot fill are optional; a page shows `onbekend` for them.
 */
import { z } from 'zod';
import {
  actionLineId,
  approachId,
  regionId,
  sectorId,
  slugIdSchema,
  targetGroupId,
} from './taxonomy.ts';

/** A source an entry is written from: a seed document, a publication or a web page. */
export const sourceSchema = z.strictObject({
  /** Title of the document or page as it calls itself. */
  title: z.string().min(3).max(300),
  /** Who published it (ministry, organisation, news site). */
  publisher: z.string().max(200).optional(),
  /** Publication date when the source gives one (YYYY-MM-DD). */
  date: z.coerce.date().optional(),
  /** Address of the original, https only. */
  url: z.url({ protocol: /^https$/, error: 'een bron-URL begint met https://' }).optional(),
  /** File name in `shared/seeds/` the facts were taken from. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).optional(),
});

const slugList = z.array(slugIdSchema).max(50).default([]);
const date = z.coerce.date({ error: 'verwacht een datum als 2024-07-11' });

/** Fields every curated entry carries. */
const baseSchema = z.strictObject({
  /** Short summary at B1 language level: the first thing a reader sees. */
  summary: z.string().min(20).max(600),
  /** Where the facts come from; at least one. */
  sources: z.array(sourceSchema).min(1, 'noem minstens één bron'),
  /** When the entry was last checked against its sources. */
  lastVerified: date,
});

export const practiceStatuses = ['pilot', 'lopend', 'afgerond'] as const;
export const evidenceLevels = ['beschreven', 'geevalueerd', 'effectief-onderzocht'] as const;

/** The fields of a praktijkvoorbeeld, before the rule on sources (see `practiceSchema`). */
export const practiceFieldsSchema = baseSchema.extend({
  title: z.string().min(3).max(160),
  organisations: z.array(z.string().min(2).max(160)).min(1, 'noem minstens één organisatie'),
  partners: z.array(z.string().min(2).max(160)).default([]),
  /** Where it runs; empty when the sources do not say (the page shows `onbekend`). */
  regions: z.array(regionId).default([]),
  sectors: z.array(sectorId).default([]),
  actionLines: z.array(actionLineId).default([]),
  targetGroups: z.array(targetGroupId).default([]),
  approaches: z.array(approachId).default([]),
  /** Ids of regelingen this practice used. */
  schemes: slugList,
  /** Ids of lessen this practice informed. */
  lessons: slugList,
  /** Ids of knelpunten this practice answers. */
  bottlenecks: slugList,
  /** Results as the source states them, never rounded up or interpreted. */
  results: z.string().max(2000).optional(),
  status: z.enum(practiceStatuses).optional(),
  /** Period as the source gives it, e.g. "2022–2025". */
  period: z.string().max(60).optional(),
  evidence: z.enum(evidenceLevels).default('beschreven'),
  website: z.url({ protocol: /^https$/ }).optional(),
  /** `aanmelding`: a published submission, which carries no sources (DESIGN.md). */
  origin: z.enum(['redactie', 'aanmelding']).default('redactie'),
});

/**
 * praktijkvoorbeelden: an initiative that gets statushouders into work. Curated entries name at
 * least one source; published submissions (`origin: aanmelding`) speak for themselves.
 */
export const practiceSchema = practiceFieldsSchema
  .extend({ sources: z.array(sourceSchema).default([]) })
  .superRefine((practice, ctx) => {
    if (practice.origin === 'redactie' && practice.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'noem minstens één bron' });
    }
  });

export const schemeKinds = ['subsidie', 'instrument', 'dienstverlening'] as const;
export const applicantKinds = ['gemeente', 'werkgever', 'onderwijsinstelling', 'initiatief', 'statushouder'] as const;
export const fundingPurposes = ['loonkosten', 'begeleiding', 'scholing', 'taal', 'leerwerktraject'] as const;

/** An application window; a window without `closes` stays open (doorlopend). */
export const windowSchema = z.strictObject({
  opens: date.optional(),
  closes: date.optional(),
  note: z.string().max(200).optional(),
});

/** regelingen: a funding scheme, instrument or service. */
export const schemeSchema = baseSchema.extend({
  name: z.string().min(2).max(160),
  /** Who pays; absent when the sources do not say. */
  financer: z.string().min(2).max(200).optional(),
  kind: z.enum(schemeKinds),
  /** Who may apply. */
  applicants: z.array(z.enum(applicantKinds)).default([]),
  /** What it pays for. */
  paysFor: z.array(z.enum(fundingPurposes)).default([]),
  targetGroups: z.array(targetGroupId).default([]),
  regions: z.array(regionId).default(['landelijk']),
  /** Amount or budget exactly as the source states it. */
  amount: z.string().max(300).optional(),
  /** Application windows; empty means the status is unknown unless `ongoing`. */
  windows: z.array(windowSchema).default([]),
  /** True for an instrument that can be used at any time (status doorlopend). */
  ongoing: z.boolean().default(false),
  conditions: z.array(z.string().max(400)).default([]),
  legalBasis: z.string().max(300).optional(),
  /** Ids of regelingen this one can be combined with for one placement. */
  combinesWith: slugList,
  website: z.url({ protocol: /^https$/ }).optional(),
});

/** lessen: what a learning network or evaluation found. */
export const lessonSchema = baseSchema.extend({
  title: z.string().min(3).max(160),
  network: z.string().min(2).max(200),
  date: date.optional(),
  themes: z.array(z.string().min(2).max(80)).default([]),
  sectors: z.array(sectorId).default([]),
  actionLines: z.array(actionLineId).default([]),
  werkzameElementen: z.array(z.string().min(3).max(400)).default([]),
  knelpunten: z
    .array(z.strictObject({ knelpunt: z.string().min(3).max(400), oplossing: z.string().max(600).optional() }))
    .default([]),
  practices: slugList,
  schemes: slugList,
});

export const audiences = ['werkgever', 'gemeente', 'statushouder', 'opleider'] as const;

/** knelpunten: a bottleneck with the solutions that work. */
export const bottleneckSchema = baseSchema.extend({
  title: z.string().min(3).max(160),
  /** Who feels it. */
  feltBy: z.array(z.enum(audiences)).min(1),
  solutions: z
    .array(z.strictObject({ title: z.string().min(3).max(160), description: z.string().min(10).max(800) }))
    .min(1, 'noem minstens één oplossing'),
  actionLines: z.array(actionLineId).default([]),
  practices: slugList,
  schemes: slugList,
  lessons: slugList,
});

/** begrippen: a glossary term. The markdown body holds the longer explanation. */
export const termSchema = z.strictObject({
  term: z.string().min(2).max(80),
  /** Other spellings that should link to this term. */
  synonyms: z.array(z.string().min(2).max(80)).default([]),
  definition: z.string().min(10).max(400),
  related: slugList,
  sources: z.array(sourceSchema).min(1, 'noem minstens één bron'),
  lastVerified: date,
});

export type Practice = z.infer<typeof practiceSchema>;
export type Scheme = z.infer<typeof schemeSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Bottleneck = z.infer<typeof bottleneckSchema>;
export type Term = z.infer<typeof termSchema>;

/** Languages a page or translation can be written in. */
export const contentLangs = ['nl', 'en', 'ar', 'uk', 'ti'] as const;

/**
 * paginas: fixed pages written per language (`content/paginas/<lang>/<slug>.md`), such as
 * 'Werken in Nederland' and the privacy and accessibility statements.
 */
export const pageSchema = z.strictObject({
  title: z.string().min(2).max(160),
  /** Short summary at B1 level, shown at the top. */
  summary: z.string().min(20).max(600),
  /** False until a native speaker has checked the translation (Dutch originals: true). */
  reviewed: z.boolean().default(false),
  sources: z.array(sourceSchema).default([]),
  lastVerified: date.optional(),
});

/**
 * vertalingen: a translation of a content entry (`content/vertalingen/<collection>/<id>.<lang>.md`).
 * The body replaces the Dutch body; fields left out fall back to Dutch.
 */
export const translationSchema = z.strictObject({
  title: z.string().min(2).max(160),
  summary: z.string().min(20).max(600),
  reviewed: z.boolean().default(false),
});

export type Page = z.infer<typeof pageSchema>;
