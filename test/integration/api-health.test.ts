import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';

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

describe('GET /api/health', () => {
  it('answers 200 { status: "ok" } while the store answers', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 with Retry-After once the store is gone', async () => {
    // Prepare: stop the embedded store under the running server.
    await server.store!.close();
    // Act
    const res = await fetch(`${server.url}/api/health`);
    // Assess
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  });
});
