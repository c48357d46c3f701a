import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderatorLoginFromEnv, type ModeratorLogin } from '../../functions/contracts/moderator-login.ts';
import { contentSecurityPolicy } from '../../functions/adapters/http/security-headers.ts';
import { codeChallenge, finishLogin, logoutUrl, redirectUriOf, startLogin } from '../../site/islands/hosted-login.ts';

/** sessionStorage as the page has it. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

/**
 * A stand-in for Cognito's token endpoint on loopback that checks PKCE as Cognito does: the
 * verifier must hash to the challenge the authorize step got, and a code works once.
 */
let server: Server;
let login: ModeratorLogin;
const codes = new Map<string, string>(); // code → challenge
const received: URLSearchParams[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const form = new URLSearchParams(body);
      received.push(form);
      const challenge = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const ok =
        req.url === '/oauth2/token' &&
        req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
        form.get('grant_type') === 'authorization_code' &&
        form.get('client_id') === 'pageclient1' &&
        challenge !== undefined &&
        (await codeChallenge(form.get('code_verifier') ?? '')) === challenge;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { access_token: 'access.jwt.token', id_token: 'id.jwt', token_type: 'Bearer', expires_in: 3600 } : { error: 'invalid_grant' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The schema wants https; the test endpoint is plain http on loopback, so it is set directly.
  login = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, clientId: 'pageclient1' };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What the hosted login does after a good password: back to the page with a code and the state. */
function approve(authorizeUrl: string): string {
  const query = new URL(authorizeUrl).searchParams;
  const code = `code-${codes.size}-${Math.random().toString(36).slice(2)}`;
  codes.set(code, query.get('code_challenge')!);
  return `?code=${code}&state=${encodeURIComponent(query.get('state')!)}`;
}

const PAGE = 'https://werkpad.example.org/moderatie/';

describe("the moderators' hosted login (PKCE)", () => {
  it('computes the S256 challenge as RFC 7636 defines it: base64url of SHA-256, no padding (checked against node:crypto)', async () => {
    for (const verifier of ['a'.repeat(43), 'dBjftJeZ4CVP-mJ92aTQq7qRQ2-S4uUAvkbE9kN6aHg', '~._-'.repeat(32)]) {
      const expected = createHash('sha256').update(verifier, 'ascii').digest('base64url');
      expect(await codeChallenge(verifier)).toBe(expected);
      expect(expected).not.toMatch(/[=+/]/);
    }
  });

  it('sends the moderator to the authorize endpoint with the code flow, S256 and a fresh state', async () => {
    const storage = memoryStorage();
    const url = new URL(await startLogin(login, PAGE, storage));
    expect(url.origin + url.pathname).toBe(`${login.url}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'pageclient1',
      redirect_uri: PAGE,
      scope: 'openid profile',
      code_challenge_method: 'S256',
    });
    const pending = JSON.parse([...storage.items.values()][0]!) as { verifier: string; state: string };
    expect(url.searchParams.get('state')).toBe(pending.state);
    expect(url.searchParams.get('code_challenge')).toBe(await codeChallenge(pending.verifier));
    expect(pending.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/); // RFC 7636: 43–128 unreserved characters
    const again = new URL(await startLogin(login, PAGE, memoryStorage()));
    expect(again.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
  });

  it('trades the code for the access token once; the same return again is stale', async () => {
    const storage = memoryStorage();
    const back = approve(await startLogin(login, PAGE, storage));
    expect(await finishLogin(login, PAGE, back, storage)).toEqual({ token: 'access.jwt.token' });
    expect(received.at(-1)?.get('redirect_uri')).toBe(PAGE);
    expect(storage.items.size).toBe(0);
    expect(await finishLogin(login, PAGE, back, storage)).toEqual({ problem: 'stale' });
  });

  it('refuses a return whose state is not the one this tab started (login CSRF)', async () => {
    const storage = memoryStorage();
    const back = approve(await startLogin(login, PAGE, storage));
    const forged = back.replace(/state=[^&]+/, 'state=someone-elses');
    expect(await finishLogin(login, PAGE, forged, storage)).toEqual({ problem: 'stale' });
  });

  it('says the sign-in was cancelled, or failed when the token endpoint refuses the code', async () => {
    const storage = memoryStorage();
    await startLogin(login, PAGE, storage);
    expect(await finishLogin(login, PAGE, '?error=access_denied&state=x', storage)).toEqual({ problem: 'denied' });
    const url = await startLogin(login, PAGE, storage);
    const state = new URL(url).searchParams.get('state')!;
    expect(await finishLogin(login, PAGE, `?code=never-issued&state=${state}`, storage)).toEqual({ problem: 'failed' });
    const unreachable = { ...login, url: 'http://127.0.0.1:9' };
    const again = new URL(await startLogin(unreachable, PAGE, storage)).searchParams.get('state')!;
    expect(await finishLogin(unreachable, PAGE, `?code=c&state=${again}`, storage)).toEqual({ problem: 'failed' });
  });

  it('leaves a page that the hosted login did not open alone', async () => {
    const storage = memoryStorage();
    storage.setItem('werkpad.login', '{"verifier":"v","state":"s"}');
    expect(await finishLogin(login, PAGE, '?status=pending', storage)).toBeUndefined();
    expect(storage.items.size).toBe(1);
  });

  it('comes back to the page it started on, and signs out through the hosted login', () => {
    expect(redirectUriOf({ origin: 'https://werkpad.example.org', pathname: '/en/moderatie/' })).toBe('https://werkpad.example.org/en/moderatie/');
    const out = new URL(logoutUrl(login, PAGE));
    expect(out.pathname).toBe('/logout');
    expect(Object.fromEntries(out.searchParams)).toEqual({ client_id: 'pageclient1', logout_uri: PAGE });
  });
});

describe('the settings of the hosted login', () => {
  const URL_OK = 'https://werkpad-prod-moderatie.auth.eu-west-1.amazoncognito.com';
  it('are both set or both absent', () => {
    expect(moderatorLoginFromEnv({})).toBeUndefined();
    expect(moderatorLoginFromEnv({ MODERATOR_LOGIN_URL: `${URL_OK}/`, MODERATOR_LOGIN_CLIENT_ID: '4abc5defgh6ijk7lmn8opq9rs' })).toEqual({
      url: URL_OK,
      clientId: '4abc5defgh6ijk7lmn8opq9rs',
    });
    expect(() => moderatorLoginFromEnv({ MODERATOR_LOGIN_URL: URL_OK })).toThrow(/ontbreekt MODERATOR_LOGIN_CLIENT_ID/);
    expect(() => moderatorLoginFromEnv({ MODERATOR_LOGIN_CLIENT_ID: 'abc' })).toThrow(/ontbreekt MODERATOR_LOGIN_URL/);
  });

  it('refuse an address that is not an https origin', () => {
    for (const bad of ['http://login.example.org', 'https://login.example.org/oauth2', 'https://x y.example.org']) {
      expect(() => moderatorLoginFromEnv({ MODERATOR_LOGIN_URL: bad, MODERATOR_LOGIN_CLIENT_ID: 'abc' })).toThrow(/https-origin/);
    }
  });

  it("let the pages fetch from the hosted login's origin and nowhere else", () => {
    const csp = contentSecurityPolicy({ connect: [URL_OK] });
    expect(csp).toContain(`connect-src 'self' ${URL_OK};`);
    expect(contentSecurityPolicy({})).toContain("connect-src 'self';");
  });
});
