import { describe, expect, it } from 'vitest';
import { useFixtureServer } from '../helpers/local-server.ts';

const server = useFixtureServer();

describe('GET /api/health', () => {
  it('answers 200 { status: "ok" } while the store answers', async () => {
    const res = await fetch(`${server().url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 with Retry-After once the store is gone', async () => {
    // Prepare: stop the embedded store under the running server.
    await server().store!.close();
    // Act
    const res = await fetch(`${server().url}/api/health`);
    // Assess
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  });
});
