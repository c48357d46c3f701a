import { describe, expect, it } from 'vitest';
import { formToInitiative, fieldOf, honeypotValue, HONEYPOT_FIELD, STARTED_FIELD, startedToken } from '../../functions/contracts/initiative-form.ts';
import { initiativeSchema } from '../../functions/contracts/initiative.ts';
import { checkFormTime, issueFormTime } from '../../functions/domain/form-time.ts';

const posted: [string, string][] = [
  ['title', 'Samen aan het werk'],
  ['summary', 'Een project dat statushouders en werkgevers in de regio bij elkaar brengt.'],
  ['organisation', 'Stichting Voorbeeld'],
  ['regions', 'midden-utrecht'],
  ['regions', 'groot-amsterdam'],
  ['sectors', 'zorg'],
  ['actionLines', '2'],
  ['contact.name', 'An de Vries'],
  ['contact.email', 'an@example.org'],
  ['website', ''],
  ['consent', 'true'],
  [HONEYPOT_FIELD, ''],
  [STARTED_FIELD, '123.abc'],
];

describe('form data to initiative', () => {
  it('nests contact fields, repeats lists, drops empty optional fields and the traps', () => {
    const body = formToInitiative(posted);
    expect(body).toEqual({
      title: 'Samen aan het werk',
      summary: 'Een project dat statushouders en werkgevers in de regio bij elkaar brengt.',
      organisation: 'Stichting Voorbeeld',
      regions: ['midden-utrecht', 'groot-amsterdam'],
      sectors: ['zorg'],
      actionLines: [2],
      contact: { name: 'An de Vries', email: 'an@example.org' },
      consent: true,
    });
    expect(initiativeSchema.safeParse(body).success).toBe(true);
  });

  it('keeps unknown names so the schema rejects them, and ignores prototype keys', () => {
    const body = formToInitiative([...posted, ['extra', 'x'], ['__proto__', 'y']]);
    expect(body.extra).toBe('x');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(initiativeSchema.safeParse(body).success).toBe(false);
  });

  it('turns a missing consent box and missing lists into answers the schema explains', () => {
    const body = formToInitiative([['title', 'Titel van het project']]);
    expect(body.regions).toEqual([]);
    expect(body.consent).toBeUndefined();
    const result = initiativeSchema.safeParse(body);
    expect(result.success).toBe(false);
  });

  it('finds the traps and maps error paths to fields', () => {
    expect(honeypotValue([[HONEYPOT_FIELD, ' spam ']])).toBe('spam');
    expect(startedToken(posted)).toBe('123.abc');
    expect(fieldOf('regions.3')).toBe('regions');
    expect(fieldOf('contact.email')).toBe('contact.email');
  });
});

describe('form time trap', () => {
  const secret = 'test-secret';
  const t0 = 1_800_000_000_000;
  it('passes a form filled in at a human pace', () => {
    expect(checkFormTime(issueFormTime(secret, t0), secret, t0 + 10_000, 3)).toBeUndefined();
  });
  it('catches a form sent back too fast, a forged or missing token, and an old one', () => {
    expect(checkFormTime(issueFormTime(secret, t0), secret, t0 + 1_000, 3)).toBe('too-fast');
    expect(checkFormTime(issueFormTime('other', t0), secret, t0 + 10_000, 3)).toBe('forged');
    expect(checkFormTime('', secret, t0, 3)).toBe('missing');
    expect(checkFormTime(issueFormTime(secret, t0), secret, t0 + 2 * 86_400_000, 3)).toBe('expired');
  });
  it('is off at 0 seconds', () => {
    expect(checkFormTime('', secret, t0, 0)).toBeUndefined();
  });
});
