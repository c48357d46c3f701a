/**
 * Matching (DESIGN.md, "API contract": `POST /api/match`): the candidate profile a klantmanager or
 * a statushouder sends, and the explained answer. The 'Werk zoeken' form posts the same fields;
 * its island checks them with this schema before it calls the API, and the form route without
 * JavaScript parses its posted pairs with `formToProfile` and this schema too.
 *
 * The profile is personal data: it is never stored, logged or put in a URL (the page posts it,
 * the handlers keep it in memory only).
 */
import { z } from 'zod';
import { educationLevelId, languageLevelId, offerId, offers, regions, sectorId, sectors } from './taxonomy.ts';
import { idList, plainText } from './plain-text.ts';
import { bilingual, messageIn, type MessageLang } from './messages.ts';
import { fallbackMessages } from './dutch-errors.ts';

const notAnObject = bilingual('stuur een object met velden', 'send an object with fields');
const strict = { error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? fallbackMessages.unknownKey : notAnObject) };

/** At most this many skills in one profile. */
export const MAX_PROFILE_SKILLS = 50;
/** At most this many characters in one skill word. */
export const MAX_SKILL_WORD = 60;

const regionMessage = bilingual('kies de arbeidsmarktregio waar u werk zoekt', 'choose the labour market region where you are looking for work');

/**
 * The region a candidate looks for work in: one of the 35 arbeidsmarktregio's. `landelijk` is an
 * employer's word for "everywhere", not a place to live, so a profile cannot choose it.
 */
export const profileRegionSchema = z.enum(regions.map((r) => r.id).filter((id) => id !== 'landelijk') as [string, ...string[]], {
  error: regionMessage,
});

/** One skill: a skill id from `content/reference/skills.json` or the candidate's own word for it. */
export const skillWordSchema = plainText({ label: { nl: 'de vaardigheid', en: 'the skill' }, min: 1, max: MAX_SKILL_WORD });

/** The fields of a profile. */
export const profileFields = {
  region: profileRegionSchema,
  /** The candidate's level of Dutch (CEFR; `A0` is none yet). */
  languageLevel: languageLevelId,
  /** Sectors the candidate wants to work in; none means "show me what fits my skills". */
  sectors: idList(sectorId, { one: { nl: 'sector', en: 'sector' }, many: { nl: 'sectoren', en: 'sectors' }, min: 0, max: sectors.length }).optional(),
  /** What the candidate can do: skill ids or free words, mapped onto the vocabulary. */
  skills: z
    .array(skillWordSchema, { error: bilingual('geef de vaardigheden als lijst', 'give the skills as a list') })
    .max(
      MAX_PROFILE_SKILLS,
      bilingual(`noem hooguit ${MAX_PROFILE_SKILLS} vaardigheden`, `name at most ${MAX_PROFILE_SKILLS} skills`),
    )
    .optional(),
  /** The highest education the candidate finished. */
  educationLevel: educationLevelId.optional(),
  /** Kinds of offer the candidate looks for (leerwerkplek, stage, …). */
  offers: idList(offerId, { one: { nl: 'soort aanbod', en: 'kind of offer' }, many: { nl: 'soorten aanbod', en: 'kinds of offer' }, min: 0, max: offers.length }).optional(),
};

/** `POST /api/match` body: required `region` and `languageLevel`, the rest optional; unknown keys rejected. */
export const profileSchema = z.strictObject(profileFields, strict);
export type Profile = z.infer<typeof profileSchema>;

/** At most this many results of each kind. */
export const MAX_RESULTS = 20;

/** One reason: something that counts for the result (`match`) or something that is missing (`gap`). */
export const reasonSchema = z.strictObject({
  type: z.enum(['match', 'gap']),
  /** One sentence in the language asked. */
  text: z.string(),
});
export type Reason = z.infer<typeof reasonSchema>;

/** One ranked result: an employer, a practice or a scheme. */
export const matchItemSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** 0–100: the share of the weighted rules that fit (see `functions/domain/matching.ts`). */
  score: z.number().int().min(0).max(100),
  reasons: z.array(reasonSchema),
  /** The page of the result on this site, in the language asked. */
  url: z.string().optional(),
});
export type MatchItem = z.infer<typeof matchItemSchema>;

/** Languages the reasons are written in. */
export const reasonLangs = ['nl', 'en', 'ar', 'uk', 'ti'] as const;
export type ReasonLang = (typeof reasonLangs)[number];

/** `200` of `POST /api/match`. */
export const matchResponseSchema = z.strictObject({
  employers: z.array(matchItemSchema).max(MAX_RESULTS),
  practices: z.array(matchItemSchema).max(MAX_RESULTS),
  schemes: z.array(matchItemSchema).max(MAX_RESULTS),
  /** Skill words that match nothing in the vocabulary, as they were sent. */
  unknownSkills: z.array(z.string()).optional(),
  /** The language of the reasons; `reviewed: false` while no native speaker has checked the translation (ar, uk, ti). */
  reasonsLanguage: z.strictObject({ lang: z.enum(reasonLangs), reviewed: z.boolean() }),
});
export type MatchResponse = z.infer<typeof matchResponseSchema>;

const LIST_FIELDS = new Set(['sectors', 'offers']);
const TEXT_FIELDS = new Set(['region', 'languageLevel', 'educationLevel']);

/**
 * Posted form pairs (the page without JavaScript, or the island's FormData) as a profile body:
 * checkboxes repeat, the skills box is split on commas, semicolons and line breaks, empty
 * optional fields are left out. Unknown names are kept so the schema rejects them like the API.
 */
export function formToProfile(pairs: Iterable<[string, string]>): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null);
  for (const [name, raw] of pairs) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    if (LIST_FIELDS.has(name)) {
      body[name] = [...((body[name] as unknown[] | undefined) ?? []), raw];
    } else if (name === 'skills') {
      const words = raw.split(/[,;\n\r]+/).map((w) => w.trim()).filter((w) => w !== '');
      body.skills = [...((body.skills as unknown[] | undefined) ?? []), ...words];
    } else if (TEXT_FIELDS.has(name)) {
      if (name in body) continue; // a repeated field keeps its first value
      if (raw.trim() !== '' || name !== 'educationLevel') body[name] = raw;
    } else {
      body[name] = raw;
    }
  }
  return { ...body };
}

/** The profile as form pairs, to show the form again with what was sent. */
export function profileToPairs(profile: Record<string, unknown>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(profile)) {
    if (name === 'skills' && Array.isArray(value)) pairs.push(['skills', value.map(String).join(', ')]);
    else if (Array.isArray(value)) for (const v of value) pairs.push([name, String(v)]);
    else if (value !== undefined && value !== null) pairs.push([name, String(value)]);
  }
  return pairs;
}

/** The first message per field (`skills`, `sectors.2`), in the page's message language. */
export function profileMessages(issues: readonly z.core.$ZodIssue[], lang: MessageLang): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= messageIn(lang, issue.message);
  }
  return fields;
}

const catalogName = z.object({ nl: z.string(), en: z.string().optional(), ar: z.string().optional(), uk: z.string().optional(), ti: z.string().optional() });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `/werk-zoeken/catalogus.json`, as the site build writes it (`functions/domain/match-catalog.ts`). */
export const matchCatalogSchema = z.object({
  practices: z.array(
    z.object({ id: z.string(), name: catalogName, regions: z.array(z.string()), sectors: z.array(z.string()), approaches: z.array(z.string()) }),
  ),
  schemes: z.array(
    z.object({
      id: z.string(),
      name: catalogName,
      regions: z.array(z.string()),
      sectors: z.array(z.string()),
      paysFor: z.array(z.string()),
      targetGroups: z.array(z.string()),
      windows: z.array(z.object({ opens: isoDay.optional(), closes: isoDay.optional() })),
      ongoing: z.boolean(),
    }),
  ),
});
