/**
 * Reference data: the controlled vocabularies of Werkpad.
 *
 * The lists live once, as JSON in `content/reference/`; this module validates them when it is
 * first imported (a broken list fails the build and the server's start) and exports them to
 * pages, forms, API schemas and tests. Ids are stable: add to them, never rename.
 */
import { z } from 'zod';
import { bilingual, type Bilingual } from './messages.ts';
import sectorsJson from '../../content/reference/sectors.json' with { type: 'json' };
import regionsJson from '../../content/reference/regions.json' with { type: 'json' };
import provincesJson from '../../content/reference/provinces.json' with { type: 'json' };
import approachesJson from '../../content/reference/approaches.json' with { type: 'json' };
import offersJson from '../../content/reference/offers.json' with { type: 'json' };
import languageLevelsJson from '../../content/reference/language-levels.json' with { type: 'json' };
import educationLevelsJson from '../../content/reference/education-levels.json' with { type: 'json' };
import actionLinesJson from '../../content/reference/action-lines.json' with { type: 'json' };
import targetGroupsJson from '../../content/reference/target-groups.json' with { type: 'json' };
import skillsJson from '../../content/reference/skills.json' with { type: 'json' };

/** A label in Dutch (leading) and English. */
export const labelSchema = z.strictObject({
  nl: z.string().min(1).max(200),
  en: z.string().min(1).max(200),
});

/** An id as DESIGN.md defines it: lower case, no diacritics, words joined by `-`. */
export const slugIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'een id bestaat uit kleine letters, cijfers en streepjes');

const termSchema = z.strictObject({
  id: slugIdSchema,
  label: labelSchema,
  description: labelSchema.optional(),
});

const regionSchema = termSchema.extend({ province: slugIdSchema.nullable() });
const actionLineSchema = z.strictObject({
  id: z.number().int().min(1).max(4),
  slug: slugIdSchema,
  label: labelSchema,
  description: labelSchema.optional(),
});
const languageLevelSchema = z.strictObject({
  id: z.enum(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']),
  label: labelSchema,
});
const skillSchema = termSchema.extend({
  synonyms: z.array(z.string().min(1)).default([]),
  sectors: z.array(slugIdSchema).default([]),
});

function uniqueList<T extends z.ZodType<{ id: string | number }>>(name: string, item: T) {
  return z.array(item).min(1).superRefine((items, ctx) => {
    const seen = new Set<string | number>();
    for (const [index, entry] of items.entries()) {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${name}: id "${entry.id}" komt dubbel voor` });
      }
      seen.add(entry.id);
    }
  });
}

function load<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`content/reference/${file} is ongeldig:\n${detail}`);
  }
  return parsed.data;
}

export const sectors = load('sectors.json', uniqueList('sectors', termSchema), sectorsJson);
export const provinces = load('provinces.json', uniqueList('provinces', termSchema), provincesJson);
export const regions = load('regions.json', uniqueList('regions', regionSchema), regionsJson);
export const approaches = load('approaches.json', uniqueList('approaches', termSchema), approachesJson);
export const offers = load('offers.json', uniqueList('offers', termSchema), offersJson);
export const languageLevels = load('language-levels.json', uniqueList('languageLevels', languageLevelSchema), languageLevelsJson);
export const educationLevels = load('education-levels.json', uniqueList('educationLevels', termSchema), educationLevelsJson);
export const actionLines = load('action-lines.json', uniqueList('actionLines', actionLineSchema), actionLinesJson);
export const targetGroups = load('target-groups.json', uniqueList('targetGroups', termSchema), targetGroupsJson);
export const skills = load('skills.json', uniqueList('skills', skillSchema), skillsJson);

for (const region of regions) {
  if (region.province !== null && !provinces.some((p) => p.id === region.province)) {
    throw new Error(`content/reference/regions.json: regio "${region.id}" noemt onbekende provincie "${region.province}"`);
  }
}

type Term = { id: string | number; label: { nl: string; en: string } };

/** A zod enum of the ids of a reference list, with a message that names the list (`what`: "regio" / "region"). */
export function idOf<T extends readonly Term[]>(list: T, what: Bilingual) {
  const ids = list.map((t) => String(t.id)) as [string, ...string[]];
  return z.enum(ids, { error: bilingual(`kies een bestaande ${what.nl}`, `choose an existing ${what.en}`) });
}

/** Region ids; `landelijk` stands for the whole country. */
export const regionId = idOf(regions, { nl: 'regio', en: 'region' });
export const sectorId = idOf(sectors, { nl: 'sector', en: 'sector' });
export const provinceId = idOf(provinces, { nl: 'provincie', en: 'province' });
export const approachId = idOf(approaches, { nl: 'aanpak', en: 'approach' });
export const offerId = idOf(offers, { nl: 'soort aanbod', en: 'kind of offer' });
export const targetGroupId = idOf(targetGroups, { nl: 'doelgroep', en: 'target group' });
export const educationLevelId = idOf(educationLevels, { nl: 'opleidingsniveau', en: 'level of education' });
export const skillId = idOf(skills, { nl: 'vaardigheid', en: 'skill' });
export const languageLevelId = z.enum(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'], {
  error: bilingual('kies een taalniveau van A0 tot en met C2', 'choose a language level from A0 to C2'),
});
const actionLineMessage = bilingual('een actielijn is een getal van 1 tot en met 4', 'an action line is a number from 1 to 4');
/** Action lines of the national plan, by number 1–4. */
export const actionLineId = z
  .number({ error: actionLineMessage })
  .int()
  .refine((n) => actionLines.some((a) => a.id === n), actionLineMessage);

/** The Dutch (or English) label of an id in a list; the id itself when unknown. */
export function labelOf(list: readonly Term[], id: string | number, lang: 'nl' | 'en' = 'nl'): string {
  return list.find((t) => t.id === id)?.label[lang] ?? String(id);
}
