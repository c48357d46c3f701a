import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/server.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';

/**
 * The moderation page as it runs on AWS, where moderators sign in through Cognito's hosted login
 * (code flow with PKCE), in real Chromium. A stand-in for the hosted login runs on loopback and
 * checks what Cognito checks (client, redirect address, the verifier against the challenge, a
 * code used once); the site copy is the built one with the login settings the publication build
 * would bake in: the island's props and the CSP's `connect-src`. The stand-in hands out the local
 * moderator token as its access token, so the local admin API accepts the moderator.
 */
const MODERATOR = 'e2e-moderator-token-hosted-login-01';
const CLIENT_ID = 'moderationpageclient';
const STEP_MS = 60_000;

let browser: Browser;
let server: RunningServer;
let login: Server;
let loginUrl: string;
let scratch: string;
const issued = new Map<string, { challenge: string; redirectUri: string }>();
const tokenRequests: URLSearchParams[] = [];
let logouts = 0;

function redirect(res: import('node:http').ServerResponse, location: string) {
  res.writeHead(302, { location }).end();
}

function startStandIn(): Promise<Server> {
  const standIn = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      const valid =
        q.get('client_id') === CLIENT_ID &&
        q.get('response_type') === 'code' &&
        q.get('code_challenge_method') === 'S256' &&
        /\/moderatie\/$/.test(redirectUri) &&
        q.get('state');
      if (!valid) return void res.writeHead(400).end('bad authorize request');
      // The moderator typed password and code here; Cognito then sends them back.
      const code = randomBytes(12).toString('hex');
      issued.set(code, { challenge: q.get('code_challenge')!, redirectUri });
      return redirect(res, `${redirectUri}?code=${code}&state=${encodeURIComponent(q.get('state')!)}`);
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        tokenRequests.push(form);
        const grant = issued.get(form.get('code') ?? '');
        issued.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const ok =
          grant !== undefined &&
          form.get('client_id') === CLIENT_ID &&
          form.get('redirect_uri') === grant.redirectUri &&
          createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
        // Cognito's token endpoint answers browsers on other origins (CORS).
        res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(ok ? { access_token: MODERATOR, id_token: 'not-used', token_type: 'Bearer', expires_in: 3600 } : { error: 'invalid_grant' }));
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/logout') {
      logouts += 1;
      return redirect(res, url.searchParams.get('logout_uri') ?? '/');
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => standIn.listen(0, '127.0.0.1', () => resolve(standIn)));
}

/** The site as the publication build makes it with the login settings. */
function withHostedLogin(siteDir: string) {
  for (const page of ['moderatie/index.html', 'en/moderatie/index.html']) {
    const file = path.join(siteDir, page);
    const html = readFileSync(file, 'utf8');
    // Astro's island props, serialized as Astro does it ([0, value] per value); the build without
    // the settings left `login` undefined: [0].
    const props = JSON.stringify({ login: [0, { url: [0, loginUrl], clientId: [0, CLIENT_ID] }] }).slice(1, -1).replace(/"/g, '&quot;');
    const changed = html.replace('&quot;login&quot;:[0]', props);
    expect(changed, page).not.toBe(html);
    writeFileSync(file, changed);
  }
  const hashesFile = path.join(siteDir, 'csp-hashes.json');
  const hashes = JSON.parse(readFileSync(hashesFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(hashesFile, JSON.stringify({ ...hashes, connect: [loginUrl] }));
}

beforeAll(async () => {
  login = await startStandIn();
  loginUrl = `http://127.0.0.1:${(login.address() as AddressInfo).port}`;
  scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-hosted-login-'));
  cpSync(builtSiteDir, path.join(scratch, 'site'), { recursive: true });
  withHostedLogin(path.join(scratch, 'site'));
  server = await startServer({
    port: 0,
    dataDir: path.join(scratch, 'data'),
    siteDir: path.join(scratch, 'site'),
    quiet: true,
    env: { ADMIN_TOKEN: MODERATOR },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise<void>((resolve) => (login ? login.close(() => resolve()) : resolve()));
  rmSync(scratch, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(STEP_MS);
  return context.newPage();
}

describe("moderation with the hosted login (as on AWS)", () => {
  it('signs a moderator in through the hosted login with PKCE, cleans the address, and signs out there too', async () => {
    const page = await newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto('/moderatie/');
    // No token field: on AWS moderators have accounts, not tokens.
    expect(await page.locator('#moderator-token').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Inloggen met uw moderatoraccount' }).click();

    // Back from the hosted login: the code is traded for a token and the page shows the queue.
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    expect(new URL(page.url()).search).toBe(''); // code and state are gone from the address
    expect(tokenRequests.at(-1)?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['werkpad.moderator']);
    expect(blocked).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen met uw moderatoraccount' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('werkpad.moderator'))).toBeNull();
  });

  it('refuses a return it did not start (a forged state) with a message, and stays signed out', async () => {
    const page = await newPage();
    await page.goto('/moderatie/?code=abc&state=forged');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Log opnieuw in');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drops an expired token in this tab only: the hosted session stays, so signing in again is one click', async () => {
    const page = await newPage();
    await page.goto('/moderatie/');
    await page.getByRole('button', { name: 'Inloggen met uw moderatoraccount' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    const before = logouts;
    // What an hour later looks like to the page: the API refuses the token (401).
    await page.evaluate(() => sessionStorage.setItem('werkpad.moderator', 'expired-access-token'));
    await page.reload();
    await page.getByRole('button', { name: 'Inloggen met uw moderatoraccount' }).waitFor();
    expect(logouts).toBe(before);
    expect(new URL(page.url()).pathname).toBe('/moderatie/');
  });

  it('works on the English page, which the hosted login sends back to', async () => {
    const page = await newPage();
    await page.goto('/en/moderatie/');
    await page.getByRole('button', { name: 'Sign in with your moderator account' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(tokenRequests.at(-1)?.get('redirect_uri')).toBe(`${server.url}/en/moderatie/`);
  });
});
