/**
 * The 'Initiatief aanmelden' form: its field names, how posted form data (no JavaScript, or the
 * island's FormData) becomes the JSON body of `POST /api/initiatives`, and the spam traps that
 * exist only on the form route. The same code runs in the browser and in the form handler.
 */
import type { z } from 'zod';
import { messageIn, type MessageLang } from './messages.ts';

/** The honeypot: a field people never see or fill; bots that fill every field reveal themselves. */
export const HONEYPOT_FIELD = 'bedrijfsnaam_controle';
/** When the form was rendered (ms since epoch), to catch forms submitted faster than a person can. */
export const STARTED_FIELD = 'started_at';

const LIST_FIELDS = new Set(['regions', 'sectors', 'actionLines', 'approaches', 'targetGroups']);
const NUMBER_LIST_FIELDS = new Set(['actionLines']);
const TEXT_FIELDS = new Set(['title', 'summary', 'organisation', 'description', 'website', 'results', 'contact.name', 'contact.email']);
const FORM_ONLY = new Set([HONEYPOT_FIELD, STARTED_FIELD]);

/**
 * Turns form pairs into an initiative body: `contact.name` nests, list fields repeat, empty
 * optional fields are left out, the consent checkbox becomes `true`. Unknown names are kept, so
 * the schema rejects them like the API does.
 */
export function formToInitiative(pairs: Iterable<[string, string]>): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null);
  const contact: Record<string, unknown> = Object.create(null);
  const seen = new Set<string>();
  for (const [name, raw] of pairs) {
    if (FORM_ONLY.has(name)) continue;
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    if (LIST_FIELDS.has(name)) {
      const list = (body[name] as unknown[] | undefined) ?? [];
      list.push(NUMBER_LIST_FIELDS.has(name) && /^\d+$/.test(raw) ? Number(raw) : raw);
      body[name] = list;
    } else if (name === 'consent') {
      body.consent = raw === 'true' || raw === 'on';
    } else if (TEXT_FIELDS.has(name)) {
      if (seen.has(name)) continue; // a repeated text field keeps its first value
      seen.add(name);
      if (name.startsWith('contact.')) contact[name.slice('contact.'.length)] = raw;
      else if (raw.trim() !== '') body[name] = raw;
    } else {
      body[name] = raw;
    }
  }
  body.contact = { ...contact };
  for (const name of ['regions', 'sectors'] as const) body[name] ??= [];
  return { ...body };
}

/** Field messages keyed by the zod path joined with dots (`contact.email`, `regions.0`). */
export type FieldMessages = Record<string, string>;

/**
 * The first message per field, as the API's `error.fields`, in the page's language (the schemas
 * speak Dutch; English comes from `messages.ts`).
 */
export function fieldMessages(issues: readonly z.core.$ZodIssue[], lang: MessageLang): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= messageIn(lang, issue.message);
  }
  return fields;
}

/** The form field an error path belongs to: `regions.3` → `regions`, `contact.email` stays. */
export function fieldOf(path: string): string {
  return path.replace(/\.\d+$/, '');
}

/** The honeypot field of posted pairs, trimmed; anything but empty means a bot filled it. */
export function honeypotValue(pairs: Iterable<[string, string]>): string {
  for (const [name, value] of pairs) if (name === HONEYPOT_FIELD) return value.trim();
  return '';
}

/** The fill-time token of posted pairs, if any. */
export function startedToken(pairs: Iterable<[string, string]>): string {
  for (const [name, value] of pairs) if (name === STARTED_FIELD) return value;
  return '';
}
