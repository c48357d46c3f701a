import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { employerSchema, publicEmployerSchema, type PublicEmployer } from '../../functions/contracts/employer.ts';
import { employerToPairs, formToEmployer, HONEYPOT_FIELD, STARTED_FIELD } from '../../functions/contracts/employer-form.ts';
import { regions } from '../../functions/contracts/taxonomy.ts';
import { employerColumns } from '../../site/lib/employer-open-data.ts';
import { employerCard, employerFacets, employerSummary } from '../../site/lib/employer-register.ts';
import { facetPages, facetValuesOf } from '../../site/lib/facets.ts';
import { columnDocumentation, toCsv, toJson } from '../../site/lib/open-data.ts';
import EmployerForm from '../../ui/employer-form.ts';
import { employerFormText } from '../../ui/employer-form-text.ts';
import { KVK_BUSY_MESSAGE } from '../../functions/domain/employer-register.ts';
import { tokenOfLink } from '../../ui/employer-verify.ts';
import { parseCsv } from './support/rfc4180.ts';

/**
 * The site side of the employer register as pure functions: the form's data, the mail link's
 * token, the register's facets (one rule with the API), the open data (company data only).
 */
const posted: [string, string][] = [
  ['name', 'Bouwbedrijf Voorbeeld'],
  ['kvk', '01234567'],
  ['website', ''],
  ['description', 'Wij bouwen.'],
  ['offers', 'leerwerkplek'],
  ['offers', 'stage'],
  ['sectors', 'bouw'],
  ['regions', 'twente'],
  ['languageLevel', 'A2'],
  ['educationLevel', ''],
  ['contact.name', 'Anna de Vries'],
  ['contact.email', 'anna@example.org'],
  ['contact.phone', ''],
  ['consent', 'true'],
  [HONEYPOT_FIELD, ''],
  [STARTED_FIELD, '123.abc'],
];

describe('form data to an employer', () => {
  it('nests the contact, repeats lists, drops empty optional fields and the traps', () => {
    expect(formToEmployer(posted)).toEqual({
      name: 'Bouwbedrijf Voorbeeld',
      kvk: '01234567',
      description: 'Wij bouwen.',
      offers: ['leerwerkplek', 'stage'],
      sectors: ['bouw'],
      regions: ['twente'],
      languageLevel: 'A2',
      contact: { name: 'Anna de Vries', email: 'anna@example.org' },
      consent: true,
    });
    expect(employerSchema.safeParse(formToEmployer(posted)).success).toBe(true);
  });

  it('keeps required lists and the contact present when nothing was filled in, so the schema asks for them', () => {
    const body = formToEmployer([['name', 'X']]);
    expect(body).toEqual({ name: 'X', regions: [], sectors: [], offers: [], contact: {} });
    const issues = employerSchema.safeParse(body).error!.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(expect.arrayContaining(['kvk', 'regions', 'sectors', 'offers', 'languageLevel', 'contact.name', 'contact.email', 'consent']));
  });

  it('keeps the first of a repeated text and passes unknown names on for the schema to refuse', () => {
    const body = formToEmployer([['name', 'Eerste'], ['name', 'Tweede'], ['__proto__', 'x'], ['admin', 'ja']]);
    expect(body.name).toBe('Eerste');
    expect(body.admin).toBe('ja');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(employerSchema.safeParse({ ...body }).error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it('gives an entry back as the pairs the form shows', () => {
    const { consent: _consent, ...stored } = employerSchema.parse(formToEmployer(posted));
    const again = formToEmployer([...employerToPairs(stored), ['consent', 'true']]);
    expect(again).toEqual(formToEmployer(posted));
  });
});

describe('the form as rendered without JavaScript', () => {
  it('posts to the form route in its language and keeps values and messages at their fields', () => {
    const html = renderToStaticMarkup(
      createElement(EmployerForm, { lang: 'en', values: posted, errors: { kvk: 'the KvK number consists of exactly 8 digits', 'regions.0': 'choose an existing region' } }),
    );
    expect(html).toContain('action="/forms/werkgever?lang=en"');
    expect(html).toMatch(/<input[^>]*name="kvk"[^>]*value="01234567"[^>]*aria-invalid="true"|<input[^>]*aria-invalid="true"[^>]*name="kvk"/);
    expect(html).toContain('<p class="utrecht-form-field-error-message" id="f-kvk-error">The KvK number consists of exactly 8 digits</p>');
    expect(html).toContain('href="#f-regions"');
    expect(html).toContain('href="/en/privacy/"');
    expect(/<input[^>]*id="f-kvk"[^>]*>/.exec(html)![0]).not.toMatch(/readonly/i);
  });

  it('fixes the KvK number and leaves out consent and traps when managing', () => {
    const html = renderToStaticMarkup(createElement(EmployerForm, { lang: 'nl', values: posted, mode: 'manage' }));
    expect(/<input[^>]*id="f-kvk"[^>]*>/.exec(html)![0]).toMatch(/readonly=""/i);
    expect(html).not.toContain('name="consent"');
    expect(html).not.toContain(HONEYPOT_FIELD);
  });
});

describe('the KvK conflict in the island', () => {
  it('recognises the API’s busy message as the form’s own Dutch text, so a 409 at the KvK field is told apart', () => {
    expect(employerFormText.nl['kvk.busy']).toBe(KVK_BUSY_MESSAGE);
  });
});

describe('the token of a mail link', () => {
  const token = 'AbC_d-'.repeat(7) + 'x';
  it.each([
    [`https://werkpad.nl/werkgevers/bevestigen/#token=${token}`, { kind: 'verify', token }],
    [`  https://werkpad.nl/werkgevers/bevestigen/#confirm=${token}\n`, { kind: 'confirm', token }],
    [`#token=${token}`, { kind: 'verify', token }],
    [token, { kind: 'verify', token }],
    ['https://werkpad.nl/werkgevers/bevestigen/', undefined],
    ['#token=kort', undefined],
    ['', undefined],
  ])('reads %j', (text, expected) => {
    expect(tokenOfLink(text)).toEqual(expected);
  });
});

const employer = (overrides: Partial<PublicEmployer>): PublicEmployer =>
  publicEmployerSchema.parse({
    id: 'abcdefghjkmnpqrs',
    name: 'Voorbeeld BV',
    kvk: '12345678',
    regions: ['twente'],
    sectors: ['bouw'],
    offers: ['stage'],
    languageLevel: 'B1',
    skills: [],
    verifiedAt: '2026-01-05T10:00:00.000Z',
    confirmedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  });
const ctx = { today: new Date('2026-12-02') };

describe('the facets of the register', () => {
  it('lists a nationwide employer under every region, as the API filters', () => {
    const values = facetValuesOf(employerFacets, employer({ regions: ['landelijk'] }), ctx);
    expect(values.regio).toEqual(regions.map((r) => r.id));
    expect(facetValuesOf(employerFacets, employer({}), ctx).regio).toEqual(['twente']);
  });

  it('lists an employer under every language level from the one it asks', () => {
    expect(facetValuesOf(employerFacets, employer({ languageLevel: 'B1' }), ctx).taalniveau).toEqual(['B1', 'B2', 'C1', 'C2']);
    expect(facetValuesOf(employerFacets, employer({ languageLevel: 'A0' }), ctx).taalniveau).toEqual(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });

  it('builds a page per value some employer carries, and none for an empty register', () => {
    const pages = facetPages(employerFacets, [{ id: 'a', data: employer({ offers: ['stage', 'vacature'] }) }], ctx);
    expect(pages.filter((p) => p.key === 'aanbod')).toEqual([{ key: 'aanbod', value: 'stage' }, { key: 'aanbod', value: 'vacature' }]);
    expect(facetPages(employerFacets, [], ctx)).toEqual([]);
  });

  it('says what a card and a page show: the offer, the level asked and the day of the last confirmation', () => {
    const card = employerCard(employer({}), 'nl');
    expect(card.href).toBe('/werkgevers/abcdefghjkmnpqrs/');
    expect(card.meta).toBe('Stage · Twente · Vraagt minimaal taalniveau B1 · Bevestigd op 30 november 2026');
    expect(employerCard(employer({}), 'en').meta).toContain('Confirmed on November 30, 2026');
    expect(employerSummary(employer({}), 'nl')).toBe('Voorbeeld BV staat open voor statushouders in bouw.');
    expect(employerSummary(employer({ description: 'Eerste regel.\nTweede regel.' }), 'nl')).toBe('Eerste regel.');
  });
});

describe('the register as open data', () => {
  const full = employer({ website: 'https://voorbeeld.nl', description: 'Wij bouwen, "samen".', educationLevel: 'mbo-2', skills: ['timmeren'] });
  const exportCtx = { origin: 'https://werkpad.nl', today: new Date('2026-12-02') };

  it('has exactly the public fields plus the page URL: no contact person', () => {
    expect(employerColumns.map((c) => c.name)).toEqual(['id', 'url', ...Object.keys(publicEmployerSchema.shape).filter((k) => k !== 'id')]);
  });

  it('writes JSON and RFC 4180 CSV, documented on the open-data page', () => {
    const json = JSON.parse(toJson('werkgevers', employerColumns, [full], exportCtx));
    expect(json.items[0]).toMatchObject({ url: 'https://werkpad.nl/werkgevers/abcdefghjkmnpqrs/', kvk: '12345678', skills: ['timmeren'], confirmedAt: '2026-11-30' });
    const [header, row] = parseCsv(toCsv(employerColumns, [full], exportCtx).replace(/^\uFEFF/, ''));
    expect(header).toEqual(employerColumns.map((c) => c.name));
    expect(row![header!.indexOf('description')]).toBe('Wij bouwen, "samen".');
    expect(columnDocumentation().datasets.map((d) => d.name)).toContain('werkgevers');
  });
});
