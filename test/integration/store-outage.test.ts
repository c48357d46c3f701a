/**
 * The store dies in the middle of a stream of submissions (DESIGN.md: a client mistake never yields
 * a 5xx; an outage is a 503 with Retry-After). The store runs as its own process (dynalite behind
 * DYNAMODB_ENDPOINT), is killed with SIGKILL as a crash would, and started again on the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, validInitiative, type ApiClient } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { startStoreProcess, type StoreProcess } from '../helpers/store-process.ts';

// A request that hangs is a failure too: the SDK's retries are bounded (client.ts), so an answer
// must come well within this; it is a guard against hanging, not a speed check.
const HANG_GUARD_MS = 30_000;

let storeDir: string;
let store: StoreProcess;
let site: SiteFixture;
let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  storeDir = mkdtempSync(path.join(tmpdir(), 'werkpad-store-'));
  store = await startStoreProcess(storeDir);
  site = createSiteFixture();
  server = await startTestServer(site.siteDir, { DYNAMODB_ENDPOINT: store.endpoint, RATE_LIMIT_PER_MINUTE: '0' });
  api = apiClient(server.url);
});
afterAll(async () => {
  await server?.stop();
  await store?.kill();
  site?.cleanup();
  rmSync(storeDir, { recursive: true, force: true });
});

type Sent = { key: string; title: string; status: number; id?: string; retryAfter: string | null };

async function submit(n: number, key = `stroom-${n}`): Promise<Sent> {
  const title = `Initiatief uit de stroom ${n}`;
  const res = await fetch(`${server.url}/api/initiatives`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(validInitiative({ title })),
    signal: AbortSignal.timeout(HANG_GUARD_MS),
  });
  const body = (await res.json()) as { id?: string; error?: { code: string } };
  return { key, title, status: res.status, id: body.id, retryAfter: res.headers.get('retry-after') };
}

describe('when the store goes down in the middle of a stream of submissions', () => {
  it('answers 503 with Retry-After, keeps the site up, and loses or doubles nothing once the store is back', async () => {
    // Prepare: a stream that is running when the store dies.
    const sent: Sent[] = [];
    for (let n = 0; n < 8; n++) sent.push(await submit(n));
    expect(sent.every((s) => s.status === 201)).toBe(true);

    // Act: kill the store while submissions keep coming.
    const during = [submit(8), submit(9), store.kill().then(() => submit(10)), store.kill().then(() => submit(11))];
    sent.push(...(await Promise.all(during)));
    const afterKill = await submit(12);
    sent.push(afterKill);
    const health = await api.get('/api/health');
    const home = await fetch(`${server.url}/`);

    // Assess the outage: 503 with Retry-After, never a 500; the static site still answers.
    expect(afterKill.status).toBe(503);
    expect(Number(afterKill.retryAfter)).toBeGreaterThan(0);
    expect(health.status).toBe(503);
    expect(home.status).toBe(200);
    for (const s of sent) expect([201, 503], `${s.key}: ${s.status}`).toContain(s.status);

    // Act: the store comes back; clients retry what failed with the same Idempotency-Key.
    await store.start();
    const retried = await Promise.all(sent.filter((s) => s.status !== 201).map((s) => submit(Number(s.key.split('-')[1]), s.key)));
    const final = new Map(sent.map((s) => [s.key, s]));
    for (const r of retried) final.set(r.key, r);
    for (let n = 13; n < 16; n++) final.set(`stroom-${n}`, await submit(n));

    // Assess: every submission that got a 201 is stored once, with its audit entry.
    expect([...final.values()].map((s) => s.status)).toEqual([...final.values()].map(() => 201));
    const queue = await api.admin.get('/api/admin/submissions?status=pending&limit=100');
    expect(queue.status).toBe(200);
    const titles = (queue.body.items as { initiative: { title: string } }[]).map((i) => i.initiative.title).sort();
    expect(titles).toEqual([...final.values()].map((s) => s.title).sort());
    for (const s of final.values()) {
      const stored = await api.admin.get(`/api/admin/submissions/${s.id}`);
      expect(stored.status, s.key).toBe(200);
      expect(stored.body.history, s.key).toEqual([expect.objectContaining({ version: 1, from: null, to: 'pending' })]);
    }
  });
});
