/**
 * Dutch fallback messages for zod issues that a schema gives no message of its own (a check deep
 * inside a shared schema, for instance). Pass it as the `error` option of `safeParse`, on the
 * server and in the browser alike, so no English zod message ever reaches a person.
 */
import type { z } from 'zod';

const sizeUnit = (origin: string | undefined, n: number | bigint) =>
  origin === 'string' ? `${n} tekens` : origin === 'array' || origin === 'set' ? `${n} keuzes` : String(n);

/** A zod error map in plain Dutch; schema-level messages still win over it. */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'vul dit veld in';
      return issue.expected === 'int' ? 'gebruik een geheel getal' : 'dit veld heeft een verkeerd soort waarde';
    case 'too_small':
      return `te klein of te kort: minstens ${sizeUnit(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `te groot of te lang: hooguit ${sizeUnit(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return 'de vorm van deze waarde klopt niet';
    case 'invalid_value':
      return 'kies een van de mogelijke waarden';
    case 'unrecognized_keys':
      return 'dit veld kennen we niet';
    default:
      return 'deze waarde klopt niet';
  }
};
