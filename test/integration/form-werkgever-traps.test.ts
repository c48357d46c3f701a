import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';

/**
 * The time trap of `/forms/werkgever` (its own file: the fill-time setting holds per process).
 * The form page is served with a signed fill-time token; a post without one, or sooner than a
 * person can fill in the form, is turned away with the values kept.
 */
let site: SiteFixture;
let server: TestServer;

beforeAll(async () => {
  site = createSiteFixture();
  mkdirSync(path.join(site.siteDir, 'werkgever-aanmelden'), { recursive: true });
  writeFileSync(
    path.join(site.siteDir, 'werkgever-aanmelden', 'index.html'),
    '<!doctype html><html lang="nl"><head><title>Werkgever aanmelden</title></head><body><main>' +
      '<astro-island uid="form"><form><input type="hidden" name="started_at" value=""/></form></astro-island></main></body></html>',
  );
  server = await startTestServer(site.siteDir, { FORM_MIN_FILL_SECONDS: '3', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

const form = (started: string): [string, string][] => [
  ['name', 'Snelle Bot BV'],
  ['kvk', '41000001'],
  ['offers', 'stage'],
  ['sectors', 'zorg'],
  ['regions', 'twente'],
  ['languageLevel', 'B1'],
  ['contact.name', 'Bo Bot'],
  ['contact.email', 'bo@example.org'],
  ['consent', 'true'],
  ['started_at', started],
];

async function postForm(pairs: [string, string][]) {
  const res = await fetch(`${server.url}/forms/werkgever?lang=nl`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(pairs).toString(),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text() };
}

describe('the time trap of /forms/werkgever', () => {
  it('serves the form page with a fresh signed fill-time token', async () => {
    const res = await fetch(`${server.url}/werkgever-aanmelden/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/name="started_at" value="\d+\.[A-Za-z0-9_-]{43}"/);
  });

  it('turns away a form without a valid token, keeping what was typed', async () => {
    const { status, html } = await postForm(form('1700000000000.forged'));
    expect(status).toBe(422);
    expect(html).toContain('We konden uw aanmelding niet aannemen.');
    expect(html).toMatch(/<input[^>]*name="name"[^>]*value="Snelle Bot BV"/);
  });

  it('turns away a form sent back sooner than a person can fill it in', async () => {
    const page = await (await fetch(`${server.url}/werkgever-aanmelden/`)).text();
    const started = /name="started_at" value="([^"]+)"/.exec(page)![1]!;
    const { status, html } = await postForm(form(started));
    expect(status).toBe(422);
    expect(html).toContain('We konden uw aanmelding niet aannemen.');
  });
});
