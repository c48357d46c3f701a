import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { rawRequest, startTestServer, type TestServer } from '../helpers/local-server.ts';

let site: SiteFixture;
let server: TestServer;

beforeAll(async () => {
  site = createSiteFixture();
  server = await startTestServer(site.siteDir);
});

afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

describe('static site', () => {
  it('serves index.html for / as HTML that is always revalidated', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<h1>Werkpad</h1>');
  });

  it('serves /over/ from over/index.html and redirects /over to /over/ keeping the query', async () => {
    expect(await (await fetch(`${server.url}/over/`)).text()).toContain('<h1>Over Werkpad</h1>');
    const redirect = await fetch(`${server.url}/over?x=1`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/over/?x=1');
  });

  it('never redirects off-site for a path starting with //', async () => {
    const res = await rawRequest(server.url, '//over', {});
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/over/');
  });

  it('answers an unknown page with the 404 page and status 404', async () => {
    const res = await fetch(`${server.url}/bestaat-niet/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Pagina niet gevonden');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await rawRequest(server.url, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(1000);
    expect(res.body.byteLength).toBe(0);
  });

  it('refuses other methods on pages with 405 and Allow', async () => {
    const res = await fetch(`${server.url}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const first = await fetch(`${server.url}/favicon.svg`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${server.url}/favicon.svg`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(first.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('caches hashed assets forever and pagefind entry files only with revalidation', async () => {
    const asset = await fetch(`${server.url}/_astro/app.Ab12Cd34.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const fragment = await fetch(`${server.url}/pagefind/fragment/nl_1a2b3c.pf_fragment`);
    expect(fragment.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect((await fetch(`${server.url}${file}`)).headers.get('cache-control')).toBe('no-cache');
    }
  });
});

describe('compression', () => {
  it('sends br when accepted, with Vary and a body that decompresses to the page', async () => {
    const plain = await rawRequest(server.url, '/');
    const res = await rawRequest(server.url, '/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.byteLength).toBeLessThan(plain.body.byteLength);
    expect(brotliDecompressSync(res.body).equals(plain.body)).toBe(true);
  });

  it('sends gzip when br is not accepted, with its own ETag', async () => {
    const res = await rawRequest(server.url, '/', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toContain('<h1>Werkpad</h1>');
    const br = await rawRequest(server.url, '/', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.etag).not.toBe(br.headers.etag);
  });

  it('leaves small files and refused encodings uncompressed', async () => {
    expect((await rawRequest(server.url, '/favicon.svg', { headers: { 'accept-encoding': 'br' } })).headers['content-encoding']).toBeUndefined();
    expect((await rawRequest(server.url, '/', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } })).headers['content-encoding']).toBeUndefined();
  });
});

describe('security headers', () => {
  it.each(['/', '/bestaat-niet', '/api/health', '/api/bestaat-niet'])('are on %s, with the build hashes in the CSP', async (p) => {
    const res = await fetch(`${server.url}${p}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${site.scriptHash}`);
    expect(csp).toContain(`style-src 'self' ${site.styleHash}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  });
});

describe('path traversal', () => {
  it.each([
    '/../secret.txt',
    '/../../package.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/_astro/..%2f..%2fsecret.txt',
    '/over/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%2e%2e%00/secret.txt',
    '/%',
  ])('cannot read outside the site through %s', async (p) => {
    const res = await rawRequest(server.url, p);
    expect([400, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain(site.secret);
    expect(res.body.toString()).not.toContain('"name": "werkpad"');
  });
});

describe('API routing', () => {
  it('answers an unknown /api path with a 404 JSON error', async () => {
    const res = await fetch(`${server.url}/api/bestaat-niet?email=x@example.org`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await fetch(`${server.url}/api/health`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });

  it('refuses a body above the hard cap with 413 before any handler runs', async () => {
    const res = await rawRequest(server.url, '/api/health', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body.toString()).error.code).toBe('payload_too_large');
  });

  it('serves the 404 page for an unknown form route', async () => {
    const res = await fetch(`${server.url}/forms/bestaat-niet`, { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Pagina niet gevonden');
  });
});
