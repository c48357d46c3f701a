/**
 * The English of the schemas' messages. A schema embeds one message per problem, in Dutch: the API
 * answers with it (its contract is "a clear Dutch message per field"), and it is the key under
 * which this registry keeps the English. The builders that make the schemas (`plain-text.ts`,
 * `taxonomy.ts`, `initiative.ts`, `dutch-errors.ts`) register both languages in the same call
 * that makes the Dutch message, when the schema modules load, so the shapes stay in one place and
 * only the words exist twice.
 *
 * Pages translate at the edge: `messageIn('en', message)` for whatever a parse or the API said.
 * The registry knows a message once the module that builds its schema has loaded, so code that
 * translates imports the schemas it shows messages of (the form island and the manage page do);
 * a unit test provokes every message of the initiative schemas and checks each has English.
 */

/** Languages a validation message exists in. */
export type MessageLang = 'nl' | 'en';

/** A text in both languages; `nl` is what the schema embeds and the API sends. */
export type Bilingual = { nl: string; en: string };

/** The error of two different English texts registered for one Dutch message (a bug in a builder). */
export class ConflictingTranslationError extends Error {
  constructor(dutch: string, first: string, second: string) {
    super(`Twee Engelse teksten voor "${dutch}": "${first}" en "${second}".`);
    this.name = 'ConflictingTranslationError';
  }
}

const english = new Map<string, string>();
const patterns: { dutch: RegExp; english: (...groups: string[]) => string }[] = [];

/**
 * Registers the English of a Dutch message and returns the Dutch, for the schema to embed.
 * Registering the same pair again is harmless; another English for the same Dutch throws, so
 * two builders can never disagree silently.
 */
export function bilingual(nl: string, en: string): string {
  const known = english.get(nl);
  if (known !== undefined && known !== en) throw new ConflictingTranslationError(nl, known, en);
  english.set(nl, en);
  return nl;
}

/**
 * Registers English for a family of Dutch messages that is only complete at parse time (an error
 * map's "at least 3 characters"): `dutch` must match the whole message; its groups go to `english`.
 */
export function bilingualPattern(dutch: RegExp, en: (...groups: string[]) => string): void {
  patterns.push({ dutch: new RegExp(`^(?:${dutch.source})$`, dutch.flags), english: en });
}

/** The message in `lang`: the registered English for 'en', the Dutch itself for 'nl' or when no English is known. */
export function messageIn(lang: MessageLang, dutch: string): string {
  if (lang === 'nl') return dutch;
  const exact = english.get(dutch);
  if (exact !== undefined) return exact;
  for (const pattern of patterns) {
    const match = pattern.dutch.exec(dutch);
    if (match) return pattern.english(...match.slice(1).map((g) => g ?? ''));
  }
  return dutch;
}

/** Every message of a field map (`{ "contact.email": "…" }`, as the API's `error.fields`) in `lang`. */
export function messagesIn<K extends string>(lang: MessageLang, fields: Record<K, string>): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const [key, message] of Object.entries(fields) as [K, string][]) result[key] = messageIn(lang, message);
  return result;
}

/** The message language of a page: English on English pages, Dutch everywhere else. */
export function messageLangOf(pageLang: string): MessageLang {
  return pageLang === 'en' ? 'en' : 'nl';
}
