import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../functions/adapters/http/json-body.ts';
import { practiceSchema } from '../../functions/contracts/content.ts';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { initiativePatchSchema, initiativeSchema } from '../../functions/contracts/initiative.ts';
import { containsControlCharacters, containsHtml } from '../../functions/contracts/plain-text.ts';
import { validInitiative } from '../helpers/api-client.ts';

function fieldsOf(body: unknown) {
  const parsed = initiativeSchema.safeParse(body, { error: dutchErrorMap });
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('plain text', () => {
  it.each(['<b>vet</b>', 'a<script>', '</p>', '<!-- x -->', '<?php', '<img src=x onerror=alert(1)>'])('sees HTML in %j', (text) => {
    expect(containsHtml(text)).toBe(true);
  });

  it.each(['a < b', '<3', '5 <= 6', 'pijl <- hier', 'gewone tekst'])('lets %j through as text', (text) => {
    expect(containsHtml(text)).toBe(false);
  });

  it('allows line breaks and tabs only in multi-line fields, and never other controls or bidi overrides', () => {
    expect(containsControlCharacters('regel 1\nregel 2\tx', true)).toBe(false);
    expect(containsControlCharacters('regel 1\nregel 2', false)).toBe(true);
    expect(containsControlCharacters('bel\u0007', true)).toBe(true);
    expect(containsControlCharacters('abc\u202Edcb', true)).toBe(true);
  });
});

describe('initiativeSchema', () => {
  it('trims and normalises text, and keeps a valid body as it is otherwise', () => {
    const parsed = initiativeSchema.parse(validInitiative({ title: '  Cafe\u0301 Talent  ', contact: { name: 'Anna', email: ' anna@example.org ' } }));
    expect(parsed.title).toBe('Café Talent');
    expect(parsed.contact.email).toBe('anna@example.org');
  });

  it.each([
    ['website', 'https://voorbeeld.nl/pad?x=1', undefined],
    ['website', 'http://voorbeeld.nl', 'vul een volledig webadres in dat met https:// begint'],
    ['website', 'https://localhost', 'vul een volledig webadres in dat met https:// begint'],
    ['website', 'https://gebruiker:geheim@voorbeeld.nl', 'vul een volledig webadres in dat met https:// begint'],
    ['website', 'javascript:alert(1)', 'vul een volledig webadres in dat met https:// begint'],
    ['actionLines', [1, 2, 3, 4], undefined],
    ['actionLines', [1, 1], 'deze actielijn staat er al in'],
    ['actionLines', ['1'], 'een actielijn is een getal van 1 tot en met 4'],
    ['approaches', ['mentoring'], undefined],
    ['approaches', ['toveren'], 'kies een bestaande aanpak'],
    ['targetGroups', 'statushouders', 'geef de doelgroepen als lijst'],
    ['results', 'x'.repeat(2001), 'de resultaten is te lang: gebruik hooguit 2000 tekens'],
    ['consent', 'true', expect.stringContaining('toestemming')],
  ])('%s = %j → %s', (field, value, message) => {
    const fields = fieldsOf(validInitiative({ [field]: value }));
    const key = Object.keys(fields).find((k) => k === field || k.startsWith(`${field}.`));
    if (message === undefined) expect(fields).toEqual({});
    else expect(fields[key ?? field]).toEqual(message);
  });

  it('keys nested problems by their dotted path', () => {
    expect(fieldsOf(validInitiative({ contact: { email: 'x' }, regions: ['twente', 'nergens'] }))).toEqual({
      'contact.name': 'vul de naam van de contactpersoon in',
      'contact.email': expect.stringContaining('geldig e-mailadres'),
      'regions.1': 'kies een bestaande regio',
    });
  });

  it('asks to fill in an empty field, calls a short one short, and a wrong type not text', () => {
    expect(fieldsOf(validInitiative({ title: '   ' })).title).toBe('vul de titel in');
    expect(fieldsOf(validInitiative({ title: 'ab' })).title).toBe('de titel is te kort: gebruik minstens 3 tekens');
    expect(fieldsOf(validInitiative({ title: 42 })).title).toBe('vul de titel in als tekst');
    expect(fieldsOf(validInitiative({ title: undefined })).title).toBe('vul de titel in');
  });

  it('bounds every list by the size of its reference list', () => {
    const fields = fieldsOf(validInitiative({ regions: Array.from({ length: 40 }, () => 'twente') }));
    expect(fields.regions).toMatch(/hooguit 36/);
  });

  it('has the same text bounds as a praktijkvoorbeeld, so a valid submission is a valid practice', () => {
    const longest = validInitiative({ title: 't'.repeat(160), summary: 's'.repeat(600), organisation: 'o'.repeat(160), results: 'r'.repeat(2000) });
    const shortest = validInitiative({ title: 'ttt', summary: 's'.repeat(20), organisation: 'oo' });
    for (const body of [longest, shortest]) {
      const i = initiativeSchema.parse(body);
      const practice = practiceSchema.safeParse({
        title: i.title,
        summary: i.summary,
        organisations: [i.organisation],
        results: i.results,
        origin: 'aanmelding',
        lastVerified: '2026-01-01',
      });
      expect(practice.success).toBe(true);
    }
  });
});

describe('initiativePatchSchema', () => {
  it('takes token, version and any subset of fields; null clears an optional one', () => {
    expect(initiativePatchSchema.parse({ token: 't', version: 3, website: null, title: 'Nieuw' })).toEqual({ token: 't', version: 3, website: null, title: 'Nieuw' });
  });

  it('refuses a patch that changes nothing, null for a required field, and a version that is not a whole number', () => {
    const issues = (body: unknown) => {
      const r = initiativePatchSchema.safeParse(body);
      return r.success ? {} : fieldErrors(r.error.issues);
    };
    expect(issues({ token: 't', version: 1 })).toEqual({ _: 'verander minstens één veld' });
    expect(issues({ token: 't', version: 1, title: null })).toHaveProperty('title');
    expect(issues({ token: 't', version: 1.5, title: 'Goed zo' })).toEqual({ version: 'het versienummer is een geheel getal' });
    expect(issues({ token: 't', version: 1, status: 'published' })).toMatchObject({ status: 'dit veld kennen we niet' });
  });
});

describe('messages', () => {
  it('are Dutch for every wrong value in every field, also where a shared schema has no message of its own', () => {
    const wrongValues: unknown[] = [null, 1.5, -1, 'x', '', [], [1.5], ['x'], {}, true, 'x'.repeat(6000)];
    const messages: string[] = [];
    const fields = [...Object.keys(initiativeSchema.shape), 'contact.name', 'contact.email'];
    for (const field of fields) {
      for (const value of wrongValues) {
        const body = field.startsWith('contact.')
          ? validInitiative({ contact: { name: 'Anna', email: 'anna@example.org', [field.slice(8)]: value } })
          : validInitiative({ [field]: value });
        messages.push(...Object.values(fieldsOf(body)));
        const patch = initiativePatchSchema.safeParse({ token: 't', version: value, [field.split('.')[0]!]: value }, { error: dutchErrorMap });
        if (!patch.success) messages.push(...Object.values(fieldErrors(patch.error.issues)));
      }
    }
    expect(messages.length).toBeGreaterThan(100);
    expect(messages.filter((m) => /invalid|expected|received|must|unrecognized/i.test(m))).toEqual([]);
  });
});
