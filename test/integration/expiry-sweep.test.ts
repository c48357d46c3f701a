import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient, tableName } from '../../functions/adapters/dynamodb/client.ts';
import { sweepExpired } from '../../functions/adapters/dynamodb/expiry-sweep.ts';
import { apiClient, validInitiative } from '../helpers/api-client.ts';
import { useFixtureServer } from '../helpers/local-server.ts';
import { storeTargets } from '../helpers/stores.ts';

describe.each(storeTargets())('the expiry sweep on $name', ({ env }) => {
  const server = useFixtureServer({ ...env, RATE_LIMIT_PER_MINUTE: '50' });

  /** Keys of the items of one kind (a test may scan; no request path does). */
  async function keysOf(prefix: string): Promise<string[]> {
    const { Items } = await documentClient().send(
      new ScanCommand({ TableName: tableName(), FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': prefix } }),
    );
    return (Items ?? []).map((i) => String(i.pk));
  }

  it('keeps idempotency records and rate counters until they expire, then deletes them', async () => {
    // Prepare: one idempotent submission leaves an idempotency record and a rate counter.
    const api = apiClient(server().url);
    const res = await api.post('/api/initiatives', { json: validInitiative(), headers: { 'idempotency-key': 'sweep-test-1' } });
    expect(res.status).toBe(201);
    expect(await keysOf('IDEM#')).toHaveLength(1);
    expect(await keysOf('RATE#')).toHaveLength(1);

    // Act + Assess: a sweep now leaves both; the retry still gets the first answer.
    await sweepExpired(new Date());
    expect(await keysOf('IDEM#')).toHaveLength(1);
    expect(await keysOf('RATE#')).toHaveLength(1);
    const retry = await api.post('/api/initiatives', { json: validInitiative(), headers: { 'idempotency-key': 'sweep-test-1' } });
    expect(retry.body).toEqual(res.body);

    // Act + Assess: in 40 days both have expired and a sweep removes them, and nothing else.
    const submissionsBefore = await keysOf('SUB#');
    const expiring = (await keysOf('IDEM#')).length + (await keysOf('RATE#')).length;
    const later = await sweepExpired(new Date(Date.now() + 40 * 86_400_000));
    expect(later.deleted).toBe(expiring);
    expect(await keysOf('IDEM#')).toEqual([]);
    expect(await keysOf('RATE#')).toEqual([]);
    expect(await keysOf('SUB#')).toEqual(submissionsBefore);
  });

  it('starts where the last sweep ended, so a second sweep only looks at today', async () => {
    const first = await sweepExpired(new Date(Date.now() + 41 * 86_400_000));
    expect(first.days).toBe(2); // the day the previous test's sweep ended, and today
    const second = await sweepExpired(new Date(Date.now() + 41 * 86_400_000));
    expect(second).toEqual({ deleted: 0, days: 1 });
  });
});
