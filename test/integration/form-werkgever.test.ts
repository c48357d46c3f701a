import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api-client.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/local-server.ts';
import { readOutbox } from '../helpers/outbox.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';

/**
 * The employer register's forms without JavaScript, over HTTP on the embedded store:
 * `POST /forms/werkgever` answers a wrong form with 422 and the form page again (error summary, a
 * message at every wrong field, the values kept, in the form's language), a good one with 303 to
 * the thanks page and a registration behind it; `POST /forms/werkgever-bevestigen` confirms a
 * pasted mail link (200), refuses it once used (410) and asks again for text without a token (422).
 */
let site: SiteFixture;
let server: TestServer;

// Built pages as the handlers use them: shells whose island (or confirmation slot) they replace.
const formShell = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>` +
  `<astro-island uid="form" component-url="/_astro/EmployerForm.js"><form><input type="hidden" name="started_at" value=""/></form></astro-island></main></body></html>`;
const verifyShell = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>` +
  `<div class="employer-verify" data-verify-slot=""> <astro-island uid="v" client="only"></astro-island> <noscript><form></form></noscript> </div></main></body></html>`;

beforeAll(async () => {
  site = createSiteFixture();
  const pages: [string, string][] = [
    ['werkgever-aanmelden', formShell('nl', 'Werkgever aanmelden')],
    ['en/werkgever-aanmelden', formShell('en', 'Register as an employer')],
    ['werkgevers/bevestigen', verifyShell('nl', 'Inschrijving bevestigen')],
    ['en/werkgevers/bevestigen', verifyShell('en', 'Confirm registration')],
  ];
  for (const [dir, html] of pages) {
    mkdirSync(path.join(site.siteDir, dir), { recursive: true });
    writeFileSync(path.join(site.siteDir, dir, 'index.html'), html);
  }
  // No time trap: these posts come from a test, not from a person filling in the form (the trap
  // has its own file, since settings hold per process).
  server = await startTestServer(site.siteDir, { FORM_MIN_FILL_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

let kvkCounter = 30_000_000;
/** A fresh KvK number per test, so registrations never meet unless a test wants them to. */
const nextKvk = () => String(++kvkCounter);

/** A complete, valid form as a browser posts it. */
function goodForm(kvk: string, email = `contact-${kvk}@example.org`): [string, string][] {
  return [
    ['name', 'Bouwbedrijf Proef'],
    ['kvk', kvk],
    ['website', 'https://bouw.example.org'],
    ['description', 'Wij bouwen woningen en leiden statushouders op tot timmerman.'],
    ['offers', 'leerwerkplek'],
    ['offers', 'startbaan'],
    ['sectors', 'bouw'],
    ['regions', 'twente'],
    ['languageLevel', 'A2'],
    ['educationLevel', ''],
    ['skills', 'timmeren'],
    ['contact.name', 'Karin Proef'],
    ['contact.email', email],
    ['contact.phone', ''],
    ['consent', 'true'],
    ['bedrijfsnaam_controle', ''],
    ['started_at', ''],
  ];
}

async function post(base: string, route: string, lang: 'nl' | 'en', pairs: [string, string][]) {
  const res = await fetch(`${base}${route}?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(pairs).toString(),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}
const postForm = (lang: 'nl' | 'en', pairs: [string, string][]) => post(server.url, '/forms/werkgever', lang, pairs);
const postLink = (lang: 'nl' | 'en', link: string) => post(server.url, '/forms/werkgever-bevestigen', lang, [['link', link]]);

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** The message shown at a field (`kvk`, `contact.email`), as a reader sees it. */
function fieldMessage(html: string, field: string): string | undefined {
  const id = `f-${field.replace('.', '-')}-error`;
  return decode(new RegExp(`<p[^>]*\\bid="${id}"[^>]*>([^<]*)</p>`).exec(html)?.[1] ?? '') || undefined;
}

/** The error summary's links: target → text. */
function summaryLinks(html: string): Record<string, string> {
  const box = /<div[^>]*class="error-summary[^"]*"[\s\S]*?<\/ul><\/div>/.exec(html)?.[0] ?? '';
  return Object.fromEntries([...box.matchAll(/<a[^>]*href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1]!, decode(m[2]!)]));
}

/** The verify link of the newest mail to `email`. */
function verifyLinkFor(dataDir: string, email: string): string | undefined {
  const mail = readOutbox(dataDir).filter((m) => m.headers.to?.includes(email)).at(-1);
  return mail ? /https?:\/\/\S+\/werkgevers\/bevestigen\/#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0] : undefined;
}

async function registrationsWithKvk(kvk: string, status: string): Promise<number> {
  const { body } = await apiClient(server.url).get<{ items: { employer: { kvk: string } }[] }>(`/api/admin/employers?status=${status}&limit=100`, { token: TEST_ADMIN_TOKEN });
  return body.items.filter((i) => i.employer.kvk === kvk).length;
}

describe('POST /forms/werkgever', () => {
  it('answers wrong fields with 422 and the form again: summary, a message at every wrong field, values kept', async () => {
    // Prepare: a KvK number with a letter, no region, a bad e-mail address, no consent.
    const kvk = nextKvk();
    const wrong = goodForm(kvk)
      .filter(([name]) => name !== 'regions' && name !== 'consent')
      .map(([name, value]): [string, string] => (name === 'kvk' ? [name, '1234567a'] : name === 'contact.email' ? [name, 'geen-adres'] : [name, value]));

    // Act
    const { status, html } = await postForm('nl', wrong);

    // Assess
    expect(status).toBe(422);
    expect(html).toContain('<title>Er is een probleem: Werkgever aanmelden</title>');
    expect(html).not.toContain('<astro-island');
    expect(fieldMessage(html, 'kvk')).toBe('Het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678');
    expect(fieldMessage(html, 'regions')).toBe('Kies minstens één regio');
    expect(fieldMessage(html, 'contact.email')).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl');
    expect(fieldMessage(html, 'consent')).toMatch(/^Geef toestemming/);
    expect(Object.keys(summaryLinks(html))).toEqual(['f-kvk', 'f-regions', 'f-contact-email', 'f-consent']);
    // The values stay, so the reader only fixes what is wrong; a fresh fill-time token comes along.
    expect(html).toMatch(/<input[^>]*name="kvk"[^>]*value="1234567a"/);
    expect(html).toMatch(/<input[^>]*name="name"[^>]*value="Bouwbedrijf Proef"/);
    expect(html).toMatch(/<input[^>]*id="f-offers-startbaan"[^>]*checked=""/);
    expect(html).toMatch(/<input[^>]*id="f-languageLevel-A2"[^>]*checked=""/);
    expect(html).toMatch(/<input[^>]*name="started_at"[^>]*value="\d+\.[A-Za-z0-9_-]{43}"/);
    expect(await registrationsWithKvk('1234567a', 'unverified')).toBe(0);
  });

  it.each([
    ['7 digits', '1234567'],
    ['9 digits', '123456789'],
  ])('refuses a KvK number of %s at the KvK field', async (_, kvk) => {
    const { status, html } = await postForm('nl', goodForm(nextKvk()).map(([n, v]): [string, string] => [n, n === 'kvk' ? kvk : v]));
    expect(status).toBe(422);
    expect(Object.keys(summaryLinks(html))).toEqual(['f-kvk']);
  });

  it('speaks English on the English form', async () => {
    const { status, html } = await postForm('en', goodForm(nextKvk()).map(([n, v]): [string, string] => [n, n === 'kvk' ? '12 34' : n === 'name' ? '' : v]));
    expect(status).toBe(422);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>There is a problem: Register as an employer</title>');
    expect(fieldMessage(html, 'name')).toBe('Enter the name of the company');
    expect(fieldMessage(html, 'kvk')).toBe('The KvK number consists of exactly 8 digits, without letters or spaces, such as 12345678');
  });

  it('registers a good form and answers 303 to the thanks page; the contact gets the verify link', async () => {
    const kvk = nextKvk();
    const { status, location } = await postForm('en', goodForm(kvk));
    expect(status).toBe(303);
    expect(location).toBe('/en/werkgever-aanmelden/bedankt/');
    expect(await registrationsWithKvk(kvk, 'unverified')).toBe(1);
    expect(verifyLinkFor(server.dataDir, `contact-${kvk}@example.org`)).toMatch(/\/werkgevers\/bevestigen\/#token=/);
  });

  it('shows a bot that fills the honeypot the normal success, and stores nothing', async () => {
    const kvk = nextKvk();
    const { status, location } = await postForm('nl', goodForm(kvk).map(([n, v]): [string, string] => [n, n === 'bedrijfsnaam_controle' ? 'Bot BV' : v]));
    expect(status).toBe(303);
    expect(location).toBe('/werkgever-aanmelden/bedankt/');
    expect(await registrationsWithKvk(kvk, 'unverified')).toBe(0);
  });

  it('answers a KvK number that a verified entry holds with 409 and the message at the KvK field', async () => {
    // Prepare: a verified entry for this number.
    const kvk = nextKvk();
    expect((await postForm('nl', goodForm(kvk, 'eerste@example.org'))).status).toBe(303);
    const link = verifyLinkFor(server.dataDir, 'eerste@example.org')!;
    expect((await postLink('nl', link)).status).toBe(200);

    // Act: someone registers the same number again.
    const { status, html } = await postForm('nl', goodForm(kvk, 'tweede@example.org'));

    // Assess
    expect(status).toBe(409);
    expect(fieldMessage(html, 'kvk')).toMatch(/^Dit KvK-nummer staat al in het register/);
    expect(await registrationsWithKvk(kvk, 'unverified')).toBe(0);
  });
});

describe('POST /forms/werkgever-bevestigen', () => {
  it('confirms a pasted verify link once: 200 and the entry in the register, then 410 and nothing changes', async () => {
    const kvk = nextKvk();
    await postForm('nl', goodForm(kvk));
    const link = verifyLinkFor(server.dataDir, `contact-${kvk}@example.org`)!;

    const first = await postLink('nl', `  ${link}  `);
    expect(first.status).toBe(200);
    expect(first.html).toContain('data-outcome="verified"');
    expect(first.html).toContain('Uw inschrijving is bevestigd.');
    expect(first.html).not.toContain('<astro-island');
    expect(await registrationsWithKvk(kvk, 'verified')).toBe(1);

    const again = await postLink('en', link);
    expect(again.status).toBe(410);
    expect(again.html).toMatch(/<html lang="en">/);
    expect(again.html).toContain('This link has already been used or has expired. Nothing has changed.');
    expect(await registrationsWithKvk(kvk, 'verified')).toBe(1);
  });

  it('answers a link that was never issued with 410', async () => {
    const { status, html } = await postLink('nl', 'http://localhost/werkgevers/bevestigen/#token=' + 'x'.repeat(43));
    expect(status).toBe(410);
    expect(html).toContain('Deze link is al gebruikt of verlopen.');
  });

  it('asks again, with a message at the field, when the pasted text holds no token', async () => {
    const { status, html } = await postLink('nl', 'https://werkpad.nl/werkgevers/bevestigen/');
    expect(status).toBe(422);
    expect(html).toContain('<title>Er is een probleem: Inschrijving bevestigen</title>');
    expect(decode(/<p[^>]*id="f-link-error"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '')).toMatch(/^Plak de hele link uit de e-mail/);
    expect(html).toMatch(/<input[^>]*name="link"[^>]*value="https:\/\/werkpad.nl\/werkgevers\/bevestigen\/"/);
  });
});
