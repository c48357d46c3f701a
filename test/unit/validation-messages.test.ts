import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from '../../functions/adapters/http/json-body.ts';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { initiativeSchema } from '../../functions/contracts/initiative.ts';
import { fieldMessages } from '../../functions/contracts/initiative-form.ts';
import { bilingual, ConflictingTranslationError, messageIn, messageLangOf, messagesIn } from '../../functions/contracts/messages.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { fieldsIn, problemText, type ApiProblem } from '../../site/islands/api-client.ts';
import { provokedMessages } from './support/provoke-messages.ts';

const wrong = validInitiative({
  title: 'Ko',
  summary: '<b>Kort</b> maar met genoeg tekens erin',
  regions: [],
  website: 'http://voorbeeld.nl',
  results: 'r'.repeat(2001),
  actionLines: [2, 2],
  contact: { name: 'Anna', email: 'geen-adres' },
  consent: false,
  phone: '06',
});

function issuesOf(body: unknown) {
  const parsed = initiativeSchema.safeParse(body, { error: dutchErrorMap });
  if (parsed.success) throw new Error('expected the body to be refused');
  return parsed.error.issues;
}

describe('validation messages in English', () => {
  it('exist for every message the initiative schemas give: new submission, correction, reading and withdrawal', () => {
    // Prepare: provoke every check of every field.
    const messages = provokedMessages();
    // Assess: enough checks were reached to mean something, and none of them lacks English.
    expect(messages.length).toBeGreaterThan(60);
    expect(messages).toEqual(expect.arrayContaining(['verander minstens één veld', 'het versienummer is een geheel getal', 'kies een bestaande regio']));
    expect(messages.filter((m) => messageIn('en', m) === m)).toEqual([]);
  });

  it('read as short plain English with a lower-case start, matching the Dutch', () => {
    expect(fieldMessages(issuesOf(wrong), 'en')).toEqual({
      title: 'the title is too short: use at least 3 characters',
      summary: 'use plain text in the summary, without HTML (no < directly before a letter)',
      regions: 'choose at least one region',
      website: 'enter a full web address starting with https://',
      results: 'the results are too long: use at most 2000 characters',
      'actionLines.1': 'this action line is already in the list',
      'contact.email': 'enter a valid e-mail address, such as name@example.org',
      consent: 'give permission to keep your details, otherwise we cannot handle the submission',
      // fieldMessages keys an unknown key by the object that holds it; the API splits it per key.
      _: 'we do not recognise this field',
    });
    expect(fieldMessages(issuesOf(validInitiative({ description: '', regions: ['nergens'], targetGroups: 'x' })), 'en')).toEqual({
      description: 'enter the description',
      'regions.0': 'choose an existing region',
      targetGroups: 'give the target groups as a list',
    });
  });

  it('leave the Dutch as it is, for Dutch pages and for the API', () => {
    const issues = issuesOf(wrong);
    expect(fieldMessages(issues, 'nl')).toMatchObject({ title: 'de titel is te kort: gebruik minstens 3 tekens', regions: 'kies minstens één regio' });
    expect(fieldErrors(issues)).toMatchObject({
      title: 'de titel is te kort: gebruik minstens 3 tekens',
      'contact.email': 'vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
      phone: 'dit veld kennen we niet',
    });
    for (const m of provokedMessages()) expect(messageIn('nl', m)).toBe(m);
  });

  it('translate the API answer of a Dutch client (its error.fields) key by key', () => {
    const fromApi = fieldErrors(issuesOf(wrong));
    const english = messagesIn('en', fromApi);
    expect(Object.keys(english)).toEqual(Object.keys(fromApi));
    expect(english.phone).toBe('we do not recognise this field');
    expect(english['contact.email']).toBe('enter a valid e-mail address, such as name@example.org');
  });

  it('exist for every fallback of the error map, sizes and units included', () => {
    const fallback = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { error: dutchErrorMap }).error!.issues[0]!.message;
    const cases: [string, string][] = [
      [fallback(z.string(), undefined), 'fill in this field'],
      [fallback(z.number().int(), 1.5), 'use a whole number'],
      [fallback(z.string(), 1), 'this field has the wrong kind of value'],
      [fallback(z.string().min(3), 'a'), 'too small or too short: at least 3 characters'],
      [fallback(z.array(z.string()).min(2), []), 'too small or too short: at least 2 choices'],
      [fallback(z.number().min(5), 1), 'too small or too short: at least 5'],
      [fallback(z.string().max(2), 'abc'), 'too big or too long: at most 2 characters'],
      [fallback(z.array(z.string()).max(1), ['a', 'b']), 'too big or too long: at most 1 choice'],
      [fallback(z.number().int(), 1e20), 'too big or too long: at most 9007199254740991'],
      [fallback(z.email(), 'x'), 'the form of this value is not right'],
      [fallback(z.enum(['a', 'b']), 'c'), 'choose one of the possible values'],
      [fallback(z.strictObject({}), { x: 1 }), 'we do not recognise this field'],
      [fallback(z.string().refine(() => false), 'x'), 'this value is not right'],
    ];
    expect(cases.map(([dutch]) => messageIn('en', dutch))).toEqual(cases.map(([, english]) => english));
    expect(cases.every(([dutch, english]) => dutch !== english)).toBe(true);
  });

  it('fall back to the Dutch text for a message nobody registered, and refuse two Englishes for one Dutch message', () => {
    expect(messageIn('en', 'een melding zonder vertaling')).toBe('een melding zonder vertaling');
    expect(bilingual('testmelding: één keer', 'test message: once')).toBe('testmelding: één keer');
    expect(() => bilingual('testmelding: één keer', 'test message: once')).not.toThrow();
    expect(() => bilingual('testmelding: één keer', 'test message: another')).toThrow(ConflictingTranslationError);
  });

  it('speak English on English pages and Dutch on every other page', () => {
    expect(messageLangOf('en')).toBe('en');
    expect(['nl', 'ar', 'uk', 'ti'].map(messageLangOf)).toEqual(['nl', 'nl', 'nl', 'nl']);
  });
});

describe('what the islands show of a failed API call', () => {
  const problem = (over: Partial<ApiProblem>): ApiProblem => ({ ok: false, status: 400, code: 'validation_failed', message: '', fields: {}, ...over });

  it('shows the API\'s Dutch field messages in English on English pages, and as they are on Dutch pages', () => {
    const fields = fieldErrors(issuesOf(wrong));
    expect(fieldsIn('en', problem({ fields }))).toMatchObject({ title: 'the title is too short: use at least 3 characters', phone: 'we do not recognise this field' });
    expect(fieldsIn('nl', problem({ fields }))).toEqual(fields);
  });

  it('never shows the API\'s Dutch sentence on an English page; uses the page\'s own text where the code is known', () => {
    const gone = problem({ status: 410, code: 'gone', message: 'Deze aanmelding is ingetrokken.' });
    const down = problem({ status: 503, code: 'unavailable', message: 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.' });
    expect(problemText('en', gone, { gone: 'manage.gone' })).toMatch(/^This submission has been withdrawn/);
    expect(problemText('en', down)).toBe('That did not work. Please try again later.');
    expect(problemText('nl', down)).toBe('De dienst is even niet beschikbaar. Probeer het zo opnieuw.');
    expect(problemText('en', problem({ status: 429, code: 'rate_limited', message: 'Te veel verzoeken.' }))).toMatch(/^You sent many submissions/);
    expect(problemText('en', problem({ status: 0, code: 'network' }))).toMatch(/^Sending failed/);
  });
});
