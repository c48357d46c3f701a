import { beforeAll, describe, expect, it } from 'vitest';
import { configureEmployerDependencies } from '../../functions/handlers/employer-dependencies.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { validEmployer } from '../helpers/employer-fixtures.ts';
import { readOutbox } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

describe.each(storeTargets())('the employer register rate limits on $name', ({ env }) => {
  const t = useApiServer({ ...env, RATE_LIMIT_PER_MINUTE: '2' });
  // A clock that stands still in the middle of a minute: every request of a test shares one window.
  let now = new Date('2026-12-02T10:00:20.000Z');
  beforeAll(() => configureEmployerDependencies({ now: () => now }));

  it('answers 429 with Retry-After once an address registered its limit this minute; a replay and a bad body do not count', async () => {
    const key = crypto.randomUUID();
    const first = await t.api.post('/api/employers', { json: validEmployer({ kvk: '40000001' }) });
    const second = await t.api.post('/api/employers', { json: validEmployer({ kvk: '40000002' }), headers: { 'idempotency-key': key } });
    const invalid = await t.api.post('/api/employers', { json: validEmployer({ kvk: 'abc' }) });
    const replay = await t.api.post('/api/employers', { json: validEmployer({ kvk: '40000002' }), headers: { 'idempotency-key': key } });
    const limited = await t.api.post('/api/employers', { json: validEmployer({ kvk: '40000003' }) });
    expect([first.status, second.status, invalid.status, replay.status]).toEqual([201, 201, 400, 201]);
    expect(replay.body.id).toBe(second.body.id);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe('40');
    const stored = await t.api.admin.get('/api/admin/employers?status=unverified&limit=100');
    expect(stored.body.items.map((e: { employer: { kvk: string } }) => e.employer.kvk).sort()).toEqual(['40000001', '40000002']);
  });

  it('limits lost-link requests per address as well, still without saying whether an entry exists', async () => {
    now = new Date('2026-12-02T10:05:20.000Z');
    const before = readOutbox(t.server.dataDir).length;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.api.post('/api/employers/link', { json: { kvk: '40000001', email: `vraag${i}@example.org` } }));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 429]);
    expect(readOutbox(t.server.dataDir)).toHaveLength(before);
  });
});
