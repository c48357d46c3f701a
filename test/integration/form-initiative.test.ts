import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';

/**
 * The form without JavaScript over HTTP: `POST /forms/initiatief?lang=…` with wrong fields answers
 * 422 with the form page again, its error summary and a message at every wrong field, all in the
 * language of the form that was sent. The JSON API keeps answering in Dutch.
 */
let site: SiteFixture;
let server: TestServer;

// The built form page as the handler uses it: a shell whose island it replaces with the form.
const shell = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>` +
  `<astro-island uid="form" component-url="/_astro/initiative-form.js"><form></form></astro-island></main></body></html>`;

beforeAll(async () => {
  site = createSiteFixture();
  for (const [dir, lang, title] of [['initiatief-aanmelden', 'nl', 'Initiatief aanmelden'], ['en/initiatief-aanmelden', 'en', 'Submit an initiative']] as const) {
    mkdirSync(path.join(site.siteDir, dir), { recursive: true });
    writeFileSync(path.join(site.siteDir, dir, 'index.html'), shell(lang, title));
  }
  // No time trap: these posts come from a test, not from a person filling in the form.
  server = await startTestServer(site.siteDir, { FORM_MIN_FILL_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

const wrongForm: [string, string][] = [
  ['title', 'Ko'],
  ['summary', 'Kort'],
  ['organisation', 'Stichting Voorbeeld'],
  ['sectors', 'zorg'],
  ['website', 'http://voorbeeld.nl'],
  ['contact.name', 'Anna de Vries'],
  ['contact.email', 'geen-adres'],
];

async function postForm(lang: 'nl' | 'en', pairs: [string, string][]) {
  const res = await fetch(`${server.url}/forms/initiatief?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(pairs).toString(),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text() };
}

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** The message shown at a field (`title`, `contact.email`), as a reader sees it. */
function fieldMessage(html: string, field: string): string | undefined {
  const id = `f-${field.replace('.', '-')}-error`;
  return decode(new RegExp(`<p[^>]*\\bid="${id}"[^>]*>([^<]*)</p>`).exec(html)?.[1] ?? '') || undefined;
}

/** The error summary: its heading and its links (target → text). */
function summary(html: string): { title: string | undefined; links: Record<string, string> } {
  const box = /<div[^>]*class="error-summary[^"]*"[\s\S]*?<\/ul><\/div>/.exec(html)?.[0] ?? '';
  const title = /<h2[^>]*id="error-summary-title"[^>]*>([^<]*)<\/h2>/.exec(box)?.[1];
  const links = Object.fromEntries([...box.matchAll(/<a[^>]*href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1]!, decode(m[2]!)]));
  return { title, links };
}

describe('POST /forms/initiatief with wrong fields', () => {
  it('answers the English form in English: page title, error summary and every field message', async () => {
    // Act
    const { status, html } = await postForm('en', wrongForm);

    // Assess
    expect(status).toBe(422);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>There is a problem: Submit an initiative</title>');
    expect(fieldMessage(html, 'title')).toBe('The title is too short: use at least 3 characters');
    expect(fieldMessage(html, 'summary')).toBe('The summary is too short: use at least 20 characters');
    expect(fieldMessage(html, 'regions')).toBe('Choose at least one region');
    expect(fieldMessage(html, 'website')).toBe('Enter a full web address starting with https://');
    expect(fieldMessage(html, 'contact.email')).toBe('Enter a valid e-mail address, such as name@example.org');
    expect(fieldMessage(html, 'consent')).toBe('Give permission to keep your details, otherwise we cannot handle the submission');
    expect(summary(html)).toEqual({
      title: 'There is a problem',
      links: {
        'f-title': 'The title is too short: use at least 3 characters',
        'f-summary': 'The summary is too short: use at least 20 characters',
        'f-regions': 'Choose at least one region',
        'f-website': 'Enter a full web address starting with https://',
        'f-contact-email': 'Enter a valid e-mail address, such as name@example.org',
        'f-consent': 'Give permission to keep your details, otherwise we cannot handle the submission',
      },
    });
    // The values stay, so the reader only fixes what is wrong.
    expect(html).toMatch(/<input[^>]*name="title"[^>]*value="Ko"/);
  });

  it('answers the Dutch form in Dutch, as before', async () => {
    const { status, html } = await postForm('nl', wrongForm);
    expect(status).toBe(422);
    expect(html).toContain('<title>Er is een probleem: Initiatief aanmelden</title>');
    expect(summary(html).title).toBe('Er is een probleem');
    expect(fieldMessage(html, 'title')).toBe('De titel is te kort: gebruik minstens 3 tekens');
    expect(fieldMessage(html, 'regions')).toBe('Kies minstens één regio');
    expect(fieldMessage(html, 'contact.email')).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl');
    expect(fieldMessage(html, 'consent')).toBe('Geef toestemming om uw gegevens te bewaren, anders kunnen we de aanmelding niet behandelen');
  });

  it('keeps the JSON API in Dutch: a clear Dutch message per field', async () => {
    const res = await fetch(`${server.url}/api/initiatives`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ title: 'Ko', regions: [], contact: { name: 'Anna de Vries', email: 'geen-adres' } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toMatchObject({
      title: 'de titel is te kort: gebruik minstens 3 tekens',
      regions: 'kies minstens één regio',
      'contact.email': 'vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
    });
  });
});

describe('POST /forms/initiatief that no person sent this way', () => {
  it('answers a form over 32 kB with 413 and the form page that asks for shorter texts, in the form’s language', async () => {
    const { status, html } = await postForm('en', [...wrongForm, ['description', 'x'.repeat(40_000)]]);
    expect(status).toBe(413);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('The form is too large to send. Shorten the texts and try again.');
  });

  it('shows a filled honeypot the normal thanks page, in the form’s language', async () => {
    const res = await fetch(`${server.url}/forms/initiatief?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...wrongForm, ['bedrijfsnaam_controle', 'Bot BV']]).toString(),
      redirect: 'manual',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/en/initiatief-aanmelden/bedankt/']);
  });

  it('answers a post that is not urlencoded with 415', async () => {
    const res = await fetch(`${server.url}/forms/initiatief`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(415);
  });
});
