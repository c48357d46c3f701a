import { ScanCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, validInitiative, type ApiClient } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/local-server.ts';
import { createSiteFixture, type SiteFixture } from '../helpers/site-fixture.ts';
import { storeTargets } from '../helpers/stores.ts';

/** Waits until at least `seconds` remain in the current minute, so a test's requests share one window. */
async function awaitRoomInWindow(seconds: number): Promise<void> {
  const left = 60 - (Math.floor(Date.now() / 1000) % 60);
  if (left < seconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 50));
}

describe.each(storeTargets())('the per-address rate limit on $name', ({ env }) => {
  let site: SiteFixture;
  let server: TestServer;
  let api: ApiClient;

  beforeAll(async () => {
    site = createSiteFixture();
    server = await startTestServer(site.siteDir, { ...env, RATE_LIMIT_PER_MINUTE: '2' });
    api = apiClient(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    site?.cleanup();
  });

  it('answers 429 rate_limited with Retry-After once an address made its creating requests of this minute', async () => {
    // Prepare: all requests of this test in one window.
    await awaitRoomInWindow(10);
    const key = crypto.randomUUID();
    const first = await api.post('/api/initiatives', { json: validInitiative({ title: 'Poging 1' }) });
    const second = await api.post('/api/initiatives', { json: validInitiative({ title: 'Poging 2' }), headers: { 'idempotency-key': key } });
    // An invalid body is refused before anything is counted, and a replay is not a new creation:
    // were either counted, the limit of 2 would already answer 429 here.
    const invalid = await api.post('/api/initiatives', { json: {} });
    const replays = [];
    for (let i = 0; i < 2; i++) replays.push(await api.post('/api/initiatives', { json: validInitiative({ title: 'Poging 2' }), headers: { 'idempotency-key': key } }));

    // Act
    const limited = await api.post('/api/initiatives', { json: validInitiative({ title: 'Een te veel' }) });

    // Assess
    expect([first.status, second.status, invalid.status]).toEqual([201, 201, 400]);
    expect(replays.map((r) => [r.status, r.body.id])).toEqual([[201, second.body.id], [201, second.body.id]]);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toEqual({ code: 'rate_limited', message: expect.any(String) });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const pending = await api.admin.get('/api/admin/submissions?status=pending');
    expect(pending.body.items.map((s: { initiative: { title: string } }) => s.initiative.title).sort()).toEqual(['Poging 1', 'Poging 2']);
  });

  it('stores the counter under a hash, never the address itself', async () => {
    const endpoint = env.DYNAMODB_ENDPOINT ?? server.store?.endpoint;
    const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    // A scan is fine in a test: it reads everything to prove what is not there.
    const { Items = [] } = await client.send(new ScanCommand({ TableName: server.config.tableName }));
    client.destroy();
    const counters = Items.filter((item) => item.pk?.S?.startsWith('RATE#'));
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.every((item) => /^RATE#initiatives#[0-9a-f]{64}#\d+$/.test(item.pk!.S!))).toBe(true);
    expect(JSON.stringify(Items)).not.toContain('127.0.0.1');
  });
});

describe('the rate limit switched off', () => {
  let site: SiteFixture;
  let server: TestServer;

  beforeAll(async () => {
    site = createSiteFixture();
    server = await startTestServer(site.siteDir, { RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await server?.stop();
    site?.cleanup();
  });

  it('lets every valid request through with RATE_LIMIT_PER_MINUTE=0', async () => {
    const api = apiClient(server.url);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await api.post('/api/initiatives', { json: validInitiative() })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
  });
});
