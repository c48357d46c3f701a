/**
 * The 'Werkgever aanmelden' form: how posted form data (no JavaScript, or the island's FormData)
 * becomes the JSON body of `POST /api/employers`. The spam traps and the per-field messages are the
 * initiative form's (`initiative-form.ts`): one honeypot name, one fill-time field, one way to key
 * messages by zod path. The same code runs in the browser and in the form handler.
 */
import { HONEYPOT_FIELD, STARTED_FIELD } from './initiative-form.ts';

export { fieldMessages, fieldOf, honeypotValue, startedToken, HONEYPOT_FIELD, STARTED_FIELD, type FieldMessages } from './initiative-form.ts';

/** How each posted name maps onto a body: repeated list fields, single choices, texts, a checkbox. */
export type FormShape = {
  /** Names that repeat (checkboxes) and become lists; `required` ones are `[]` when nothing is ticked. */
  lists: readonly string[];
  requiredLists?: readonly string[];
  /** Text inputs and single choices; an empty value is left out (so the schema says "fill in"). */
  texts: readonly string[];
  /** Names of texts whose empty value is kept as `''` (required fields: the message then says what is missing). */
  keepEmpty?: readonly string[];
  /** Checkbox names that become `true` when ticked. */
  flags?: readonly string[];
};

const FORM_ONLY = new Set([HONEYPOT_FIELD, STARTED_FIELD]);
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns form pairs into a body as `shape` says: `contact.name` nests, list fields repeat, empty
 * optional fields are left out, a ticked flag becomes `true`. A repeated text keeps its first value.
 * Unknown names are kept, so the schema rejects them as the API does.
 */
export function formToBody(pairs: Iterable<[string, string]>, shape: FormShape): Record<string, unknown> {
  const lists = new Set(shape.lists);
  const texts = new Set(shape.texts);
  const keepEmpty = new Set(shape.keepEmpty ?? []);
  const flags = new Set(shape.flags ?? []);
  const body: Record<string, unknown> = Object.create(null);
  const nested: Record<string, Record<string, unknown>> = Object.create(null);
  const seen = new Set<string>();
  const put = (name: string, value: unknown) => {
    const dot = name.indexOf('.');
    if (dot < 0) body[name] = value;
    else (nested[name.slice(0, dot)] ??= Object.create(null))[name.slice(dot + 1)] = value;
  };
  for (const [name, raw] of pairs) {
    if (FORM_ONLY.has(name) || UNSAFE_KEYS.has(name)) continue;
    if (lists.has(name)) {
      const list = (body[name] as unknown[] | undefined) ?? [];
      list.push(raw);
      body[name] = list;
    } else if (flags.has(name)) {
      body[name] = raw === 'true' || raw === 'on';
    } else if (texts.has(name)) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (raw.trim() !== '' || keepEmpty.has(name)) put(name, raw);
    } else {
      body[name] = raw;
    }
  }
  for (const [group, fields] of Object.entries(nested)) body[group] = { ...fields };
  for (const name of shape.requiredLists ?? []) body[name] ??= [];
  return { ...body };
}

/** The employer form's names, as `employerSchema` (functions/contracts/employer.ts) knows them. */
export const employerFormShape = {
  lists: ['regions', 'sectors', 'offers', 'skills'],
  requiredLists: ['regions', 'sectors', 'offers'],
  texts: ['name', 'kvk', 'website', 'description', 'languageLevel', 'educationLevel', 'contact.name', 'contact.email', 'contact.phone'],
  // Left empty, these still reach the schema, which then asks for them by name.
  keepEmpty: ['contact.name', 'contact.email'],
  flags: ['consent'],
} as const satisfies FormShape;

/** Form pairs → the body of `POST /api/employers` (still to be checked with `employerSchema`). */
export function formToEmployer(pairs: Iterable<[string, string]>): Record<string, unknown> {
  const body = formToBody(pairs, employerFormShape);
  body.contact ??= {};
  return body;
}

/** An employer (stored or sent) as form pairs, to fill the form with its values. */
export function employerToPairs(employer: Record<string, unknown>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(employer)) {
    if (name === 'contact' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) pairs.push([`contact.${k}`, String(v)]);
    } else if (Array.isArray(value)) {
      for (const v of value) pairs.push([name, String(v)]);
    } else if (value !== undefined && value !== null) {
      pairs.push([name, String(value)]);
    }
  }
  return pairs;
}
