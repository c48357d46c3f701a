import { describe, expect, it } from 'vitest';
import { initiativeSchema, type InitiativeInput } from '../../functions/contracts/initiative.ts';
import { ConflictingChangeError, IdempotencyKeyMismatchError, RateLimitExceededError, SubmissionNotFoundError } from '../../functions/domain/errors.ts';
import {
  approveInitiative,
  correctInitiative,
  getSubmissionDetail,
  readManagedInitiative,
  rejectInitiative,
  submitInitiative,
} from '../../functions/domain/initiative-submissions.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { memoryPorts, SimulatedCrash } from '../helpers/memory-ports.ts';

const input: InitiativeInput = initiativeSchema.parse(validInitiative());

function tokenOf(mail: { text: string }): string {
  return /#token=(\S+)/.exec(mail.text)![1]!;
}

async function created(ports: ReturnType<typeof memoryPorts>) {
  const outcome = await submitInitiative(ports.deps, { input, clientIp: '192.0.2.1', idempotencyKey: undefined });
  return { id: outcome.body.id as string, token: tokenOf(ports.mails.at(-1)!) };
}

/** Runs `act` with a crash after `n` steps, then once more without; returns what the retry gave. */
async function crashThenRetry<T>(ports: ReturnType<typeof memoryPorts>, n: number, act: () => Promise<T>): Promise<{ crashed: boolean; result: T }> {
  ports.crashAfter(n);
  let crashed = false;
  try {
    await act();
  } catch (error) {
    if (!(error instanceof SimulatedCrash)) throw error;
    crashed = true;
  }
  ports.noCrash();
  // A retry comes later than the lease within which the first attempt might still be running.
  ports.advance(60_000);
  return { crashed, result: await act() };
}

describe('submitInitiative', () => {
  it('stores version 1 with its audit entry, keeps only a hash of the token and mails the link', async () => {
    const ports = memoryPorts();
    const outcome = await submitInitiative(ports.deps, { input, clientIp: '192.0.2.1', idempotencyKey: undefined });
    expect(outcome).toEqual({ statusCode: 201, body: { id: expect.any(String), status: 'pending' }, replayed: false });
    const id = outcome.body.id as string;
    expect(ports.audit.get(id)).toEqual([{ version: 1, at: '2026-03-02T10:00:00.000Z', who: 'indiener', from: null, to: 'pending' }]);
    const token = tokenOf(ports.mails[0]!);
    expect(ports.mails[0]!.text).toContain(`https://werkpad.example.nl/initiatief/beheren/#token=${token}`);
    expect([...ports.tokens.keys()]).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(JSON.stringify([...ports.tokens, ...ports.submissions])).not.toContain(token);
  });

  it('replays the first answer for the same key and body, and refuses the key for another body', async () => {
    const ports = memoryPorts();
    const first = await submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: 'k1' });
    const again = await submitInitiative(ports.deps, { input: { ...input }, clientIp: 'a', idempotencyKey: 'k1' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(ports.submissions.size).toBe(1);
    await expect(submitInitiative(ports.deps, { input: { ...input, title: 'Anders' }, clientIp: 'a', idempotencyKey: 'k1' })).rejects.toBeInstanceOf(
      IdempotencyKeyMismatchError,
    );
  });

  it('counts creations per address and refuses the one over the limit with the seconds left in the window', async () => {
    const ports = memoryPorts(new Date('2026-03-02T10:00:45.000Z'));
    ports.deps.rateLimitPerMinute = 2;
    await submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: undefined });
    await submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: undefined });
    await submitInitiative(ports.deps, { input, clientIp: 'b', idempotencyKey: undefined });
    const error = await submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect((error as RateLimitExceededError).retryAfterSeconds).toBe(15);
    expect([...ports.counters.keys()].join()).not.toMatch(/\ba\b|\bb\b/);
  });

  // Steps of a creation with a key: claim, token, submission, mail, audit item, key completed.
  it.each([0, 1, 2, 3, 4, 5])(
    'with an Idempotency-Key, a crash after step %i is finished by a retry: one submission, one audit entry, a usable link',
    async (n) => {
      const ports = memoryPorts();
      const { crashed, result } = await crashThenRetry(ports, n, () => submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: 'k' }));
      expect(result.statusCode).toBe(201);
      expect(ports.submissions.size).toBe(1);
      const id = result.body.id as string;
      expect(ports.audit.get(id)?.map((e) => e.version)).toEqual([1]);
      expect([...ports.idempotency.values()].map((r) => [r.state, r.resourceId])).toEqual([['completed', id]]);
      expect(crashed).toBe(true);
      // Whichever mail arrived last carries a link that works.
      expect(ports.mails.length).toBeGreaterThanOrEqual(1);
      expect((await readManagedInitiative(ports.deps, tokenOf(ports.mails.at(-1)!))).id).toBe(id);
    },
  );

  it('answers 409 while the first request with the same key may still be running', async () => {
    const ports = memoryPorts();
    ports.crashAfter(2);
    await submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: 'k' }).catch(() => {});
    ports.noCrash();
    await expect(submitInitiative(ports.deps, { input, clientIp: 'a', idempotencyKey: 'k' })).rejects.toBeInstanceOf(ConflictingChangeError);
  });
});

describe('moderation and correction', () => {
  // Steps of an approval: state write, audit item.
  it.each([0, 1])('an approval that crashes after step %i is finished by its retry with exactly one audit entry', async (n) => {
    const ports = memoryPorts();
    const { id } = await created(ports);
    ports.advance(1_000);
    const { crashed, result } = await crashThenRetry(ports, n, () => approveInitiative(ports.deps, id, 'anna'));
    expect(crashed).toBe(true);
    expect(result).toEqual({ id, status: 'published' });
    expect(ports.audit.get(id)?.map((e) => [e.version, e.who, e.to])).toEqual([
      [1, 'indiener', 'pending'],
      [2, 'anna', 'published'],
    ]);
    expect(ports.publishedChanges).toBeGreaterThanOrEqual(1);
  });

  // Steps of a rejection: state write, mail, audit item.
  it.each([0, 1, 2])('a rejection that crashes after step %i still mails the reason once it is retried', async (n) => {
    const ports = memoryPorts();
    const { id } = await created(ports);
    const { crashed } = await crashThenRetry(ports, n, () => rejectInitiative(ports.deps, id, 'bram', 'Nog geen resultaten.'));
    expect(crashed).toBe(true);
    expect(ports.audit.get(id)?.map((e) => e.version)).toEqual([1, 2]);
    expect(ports.mails.filter((m) => m.messageId.startsWith('afwijzing.')).length).toBeGreaterThanOrEqual(1);
  });

  // Steps of a correction: state write, audit item.
  it.each([0, 1])('a correction that crashes after step %i is finished by the same request again', async (n) => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    const { crashed, result } = await crashThenRetry(ports, n, () => correctInitiative(ports.deps, { token, version: 1, title: 'Nieuwe titel' }));
    expect(crashed).toBe(true);
    expect(result).toMatchObject({ id, version: 2, status: 'pending', initiative: { title: 'Nieuwe titel' } });
    expect(ports.audit.get(id)?.map((e) => e.version)).toEqual([1, 2]);
  });

  it('lets a later change finish an earlier one nobody retried, effects included', async () => {
    const ports = memoryPorts();
    const { id } = await created(ports);
    ports.crashAfter(1);
    await rejectInitiative(ports.deps, id, 'bram', 'Te weinig informatie.').catch(() => {});
    ports.noCrash();
    expect(ports.audit.get(id)).toHaveLength(1);
    // The crashed change is recent: another change waits for it.
    const token = tokenOf(ports.mails[0]!);
    await expect(correctInitiative(ports.deps, { token, version: 2, results: 'Drie banen.' })).rejects.toBeInstanceOf(ConflictingChangeError);
    ports.advance(60_000);
    const corrected = await correctInitiative(ports.deps, { token, version: 2, results: 'Drie banen.' });
    expect(corrected.version).toBe(3);
    expect(ports.audit.get(id)?.map((e) => [e.version, e.to])).toEqual([
      [1, 'pending'],
      [2, 'rejected'],
      [3, 'pending'],
    ]);
    expect(ports.mails.some((m) => m.messageId.startsWith(`afwijzing.${id}.v2`))).toBe(true);
  });

  it('refuses a decision on a submission that is not pending, and a stale correction', async () => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    await approveInitiative(ports.deps, id, 'anna');
    await expect(approveInitiative(ports.deps, id, 'anna')).rejects.toBeInstanceOf(ConflictingChangeError);
    await expect(rejectInitiative(ports.deps, id, 'bram', 'Toch niet.')).rejects.toBeInstanceOf(ConflictingChangeError);
    await expect(correctInitiative(ports.deps, { token, version: 1, title: 'Oud' })).rejects.toBeInstanceOf(ConflictingChangeError);
  });

  it('answers not found for an unknown id or token', async () => {
    const ports = memoryPorts();
    await expect(approveInitiative(ports.deps, 'onbekendonbekend', 'anna')).rejects.toBeInstanceOf(SubmissionNotFoundError);
    await expect(readManagedInitiative(ports.deps, 'geen-token')).rejects.toBeInstanceOf(SubmissionNotFoundError);
    await expect(getSubmissionDetail(ports.deps, 'onbekendonbekend')).rejects.toBeInstanceOf(SubmissionNotFoundError);
  });

  it('shows a crashed change in the history before its audit item exists', async () => {
    const ports = memoryPorts();
    const { id } = await created(ports);
    ports.crashAfter(1);
    await approveInitiative(ports.deps, id, 'anna').catch(() => {});
    const detail = await getSubmissionDetail(ports.deps, id);
    expect(detail.history.map((e) => [e.version, e.who])).toEqual([
      [1, 'indiener'],
      [2, 'anna'],
    ]);
    expect(detail).not.toHaveProperty('lastTransition');
  });
});
