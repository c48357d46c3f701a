/**
 * Field builders for text and lists that people type into Werkpad's forms. Every field carries its
 * own Dutch message for every way it can be wrong, so the browser island and the API give the same
 * message from the same schema (STYLE.md, "one zod schema shared by form and server").
 *
 * "Plain text" means: no HTML tags and no invisible control characters. Submissions end up on
 * static pages and in mails; refusing markup at the door is simpler to reason about than escaping
 * it correctly in every place that shows it.
 */
import { z } from 'zod';

// `<` directly followed by a letter, `/`, `!` or `?` starts a tag, comment or declaration in HTML;
// "a < b" and "<3" stay allowed.
const HTML_TAG = /<[A-Za-z/!?]/;
// C0/C1 controls, DEL and the bidi overrides that can make text read differently than it is stored.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** True when `text` contains something that looks like an HTML tag. */
export function containsHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** True when `text` contains control characters (line breaks and tabs allowed when `multiline`). */
export function containsControlCharacters(text: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(text);
}

/** Options of `plainText`: `label` reads in a sentence ("de titel"). */
export type PlainTextOptions = { label: string; min: number; max: number; multiline?: boolean };

/**
 * A trimmed, NFC-normalised plain-text string between `min` and `max` characters, with a Dutch
 * message per problem. Lengths count after trimming, so "   " is empty.
 */
export function plainText({ label, min, max, multiline = false }: PlainTextOptions) {
  return z
    .string({ error: `vul ${label} in als tekst` })
    .trim()
    .normalize('NFC')
    .min(min, min <= 1 ? `vul ${label} in` : `${label} is te kort: gebruik minstens ${min} tekens`)
    .max(max, `${label} is te lang: gebruik hooguit ${max} tekens`)
    .refine((v) => !containsHtml(v), `gebruik in ${label} gewone tekst, zonder HTML (geen < direct voor een letter)`)
    .refine(
      (v) => !containsControlCharacters(v, multiline),
      multiline ? `${label} bevat onzichtbare stuurtekens; haal die weg` : `${label} moet op één regel, zonder onzichtbare stuurtekens`,
    );
}

/** Options of `idList`: `one` and `many` are the item's name in a sentence ("regio", "regio's"). */
export type IdListOptions = { one: string; many: string; min: number; max: number };

/** A list of reference ids (an enum from `taxonomy.ts`), bounded and without duplicates. */
export function idList<T extends z.ZodType<string | number>>(item: T, { one, many, min, max }: IdListOptions) {
  return z
    .array(item, { error: `geef de ${many} als lijst` })
    .min(min, `kies minstens één ${one}`)
    .max(max, `kies hooguit ${max} ${many}`)
    .superRefine((list, ctx) => {
      list.forEach((value, index) => {
        if (list.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `deze ${one} staat er al in` });
      });
    });
}

function isHttpsAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // A public site links to public hosts: a domain name with a dot, no credentials in the address.
  return url.protocol === 'https:' && z.regexes.domain.test(url.hostname) && url.username === '' && url.password === '';
}

/** An https address of at most 500 characters, such as https://voorbeeld.nl/project. */
export const httpsUrl = z
  .string({ error: 'vul het webadres in als tekst' })
  .trim()
  .max(500, 'het webadres is te lang: gebruik hooguit 500 tekens')
  .refine(isHttpsAddress, 'vul een volledig webadres in dat met https:// begint')
  .meta({ format: 'uri' });

/** An e-mail address (trimmed, at most 254 characters). */
export const emailAddress = z
  .string({ error: 'vul het e-mailadres in als tekst' })
  .trim()
  .max(254, 'het e-mailadres is te lang')
  .regex(z.regexes.email, 'vul een geldig e-mailadres in, zoals naam@voorbeeld.nl')
  .meta({ format: 'email' });
