/**
 * Dutch fallback messages for zod issues that a schema gives no message of its own (a check deep
 * inside a shared schema, for instance). Pass it as the `error` option of `safeParse`, on the
 * server and in the browser alike, so no English zod message ever reaches a person.
 *
 * The English of each fallback is registered here too (`messages.ts`), so a page translates them
 * like any schema message. The size messages are only complete at parse time ("minstens 3
 * tekens"), so they are registered as patterns.
 */
import type { z } from 'zod';
import { bilingual, bilingualPattern } from './messages.ts';

const UNITS = { tekens: ['character', 'characters'], keuzes: ['choice', 'choices'] } as const;
type DutchUnit = keyof typeof UNITS;

const sizeUnit = (origin: string | undefined, n: number | bigint) =>
  origin === 'string' ? `${n} tekens` : origin === 'array' || origin === 'set' ? `${n} keuzes` : String(n);

/** The fallback messages; schemas that name the same problem use these rather than their own wording. */
export const fallbackMessages = {
  required: bilingual('vul dit veld in', 'fill in this field'),
  integer: bilingual('gebruik een geheel getal', 'use a whole number'),
  wrongType: bilingual('dit veld heeft een verkeerd soort waarde', 'this field has the wrong kind of value'),
  format: bilingual('de vorm van deze waarde klopt niet', 'the form of this value is not right'),
  value: bilingual('kies een van de mogelijke waarden', 'choose one of the possible values'),
  unknownKey: bilingual('dit veld kennen we niet', 'we do not recognise this field'),
  other: bilingual('deze waarde klopt niet', 'this value is not right'),
};

// "minstens 3 tekens" / "hooguit 5 keuzes" / "minstens 1": the number, then the unit if any.
const SIZE = /(\S+?)(?: (tekens|keuzes))?/.source;
const sizeInEnglish = (n: string, unit: string) => (unit === '' ? n : `${n} ${UNITS[unit as DutchUnit][n === '1' ? 0 : 1]}`);
bilingualPattern(new RegExp(`te klein of te kort: minstens ${SIZE}`), (n, unit) => `too small or too short: at least ${sizeInEnglish(n, unit)}`);
bilingualPattern(new RegExp(`te groot of te lang: hooguit ${SIZE}`), (n, unit) => `too big or too long: at most ${sizeInEnglish(n, unit)}`);

/** A zod error map in plain Dutch; schema-level messages still win over it. */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return fallbackMessages.required;
      return issue.expected === 'int' ? fallbackMessages.integer : fallbackMessages.wrongType;
    case 'too_small':
      return `te klein of te kort: minstens ${sizeUnit(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `te groot of te lang: hooguit ${sizeUnit(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return fallbackMessages.format;
    case 'invalid_value':
      return fallbackMessages.value;
    case 'unrecognized_keys':
      return fallbackMessages.unknownKey;
    default:
      return fallbackMessages.other;
  }
};
