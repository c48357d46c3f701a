import { describe, expect, it } from 'vitest';
import { initiativeSchema, type InitiativeInput } from '../../functions/contracts/initiative.ts';
import {
  ConflictingChangeError,
  IdempotencyKeyMismatchError,
  MailDeliveryError,
  RateLimitExceededError,
  SubmissionNotFoundError,
  SubmissionWithdrawnError,
} from '../../functions/domain/errors.ts';
import {
  approveInitiative,
  clientHash,
  correctInitiative,
  finishStalledChanges,
  getSubmissionDetail,
  publishedPractices,
  readManagedInitiative,
  rejectInitiative,
  STALLED_LOOKBACK_MS,
  submitInitiative,
  withdrawInitiative,
} from '../../functions/domain/initiative-submissions.ts';
import { sha256Hex } from '../../functions/domain/fingerprint.ts';
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

/** A submission whose withdrawal crashed after its state write (step 1), before mail and erasure. */
async function crashedWithdrawal(ports: ReturnType<typeof memoryPorts>) {
  const submission = await created(ports);
  ports.crashAfter(1);
  await withdrawInitiative(ports.deps, submission.token).catch(() => {});
  ports.noCrash();
  return submission;
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

/**
 * Lets `other` run completely just before the first state write towards `status`, as if a second
 * request had come in between this change's read and its write.
 */
function runFirst(ports: ReturnType<typeof memoryPorts>, status: string, other: () => Promise<unknown>): void {
  const replace = ports.deps.submissions.replace;
  let done = false;
  ports.deps.submissions.replace = async (next, expected) => {
    if (!done && next.status === status) {
      done = true;
      await other();
    }
    return replace(next, expected);
  };
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

  it('counts an address under a keyed hash: not its plain SHA-256, and different under another key', async () => {
    const ports = memoryPorts();
    ports.deps.rateLimitPerMinute = 5;
    await submitInitiative(ports.deps, { input, clientIp: '192.0.2.7', idempotencyKey: undefined });
    const [key] = [...ports.counters.keys()];
    expect(key).toContain(clientHash(ports.deps.addressKey, '192.0.2.7'));
    expect(key).not.toContain(sha256Hex('client-ip:192.0.2.7'));
    expect(key).not.toContain(sha256Hex('192.0.2.7'));
    expect(clientHash('another-key', '192.0.2.7')).not.toBe(clientHash(ports.deps.addressKey, '192.0.2.7'));
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

describe('withdrawal through the manage link', () => {
  const withdrawalMails = (ports: ReturnType<typeof memoryPorts>) => ports.mails.filter((m) => m.messageId.startsWith('intrekking.'));

  it('withdraws, mails the contact, then erases name and address and writes the audit entry', async () => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    ports.advance(1_000);
    const stepsBefore = ports.steps;

    expect(await withdrawInitiative(ports.deps, token)).toEqual({ id, status: 'withdrawn' });

    const stored = ports.submissions.get(id)!;
    expect(stored).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(stored.initiative).not.toHaveProperty('contact');
    expect(JSON.stringify([...ports.submissions.values(), ...ports.audit.values()])).not.toMatch(/Anna de Vries|anna@example\.org/);
    expect(ports.audit.get(id)).toEqual([
      expect.objectContaining({ version: 1, to: 'pending' }),
      { version: 2, at: '2026-03-02T10:00:01.000Z', who: 'indiener', from: 'pending', to: 'withdrawn' },
    ]);
    expect(withdrawalMails(ports)).toEqual([expect.objectContaining({ to: { name: 'Anna de Vries', address: 'anna@example.org' } })]);
    // State write, mail, erasure, audit item: in that order, nothing else.
    expect(ports.steps - stepsBefore).toBe(4);
    // A pending submission was never on the site: no rebuild.
    expect(ports.publishedChanges).toBe(0);
  });

  it('takes a published submission out of the published set and asks for a rebuild', async () => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    await approveInitiative(ports.deps, id, 'anna');
    expect((await publishedPractices(ports.deps)).map((p) => p.id)).toEqual([`aanmelding-${id}`]);
    const before = ports.publishedChanges;
    await withdrawInitiative(ports.deps, token);
    expect(ports.publishedChanges).toBe(before + 1);
    expect(await publishedPractices(ports.deps)).toEqual([]);
    expect(ports.audit.get(id)?.at(-1)).toMatchObject({ from: 'published', to: 'withdrawn' });
  });

  it('makes the manage link answer "gone" to reading, correcting and withdrawing again', async () => {
    const ports = memoryPorts();
    const { token } = await created(ports);
    await withdrawInitiative(ports.deps, token);
    await expect(readManagedInitiative(ports.deps, token)).rejects.toBeInstanceOf(SubmissionWithdrawnError);
    await expect(correctInitiative(ports.deps, { token, version: 2, title: 'Toch weer' })).rejects.toBeInstanceOf(SubmissionWithdrawnError);
    await expect(withdrawInitiative(ports.deps, token)).rejects.toBeInstanceOf(SubmissionWithdrawnError);
    await expect(withdrawInitiative(ports.deps, 'onbekend-token')).rejects.toBeInstanceOf(SubmissionNotFoundError);
    expect(withdrawalMails(ports)).toHaveLength(1);
  });

  // Steps of a withdrawal: state write, mail, erasure, audit item.
  it.each([0, 1, 2, 3])('a withdrawal that crashes after step %i is finished by its retry: erased, one audit entry, the mail sent', async (n) => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    await approveInitiative(ports.deps, id, 'anna');
    const { crashed, result } = await crashThenRetry(ports, n, () => withdrawInitiative(ports.deps, token));
    expect(crashed).toBe(true);
    expect(result).toEqual({ id, status: 'withdrawn' });
    expect(ports.submissions.get(id)!.initiative).not.toHaveProperty('contact');
    expect(ports.audit.get(id)?.map((e) => [e.version, e.to])).toEqual([
      [1, 'pending'],
      [2, 'published'],
      [3, 'withdrawn'],
    ]);
    // At least once: a crash between mail and erasure sends it again (same Message-ID), a crash
    // after the erasure does not, since the address is gone.
    expect(withdrawalMails(ports).length).toBe(n === 2 ? 2 : 1);
    expect(new Set(withdrawalMails(ports).map((m) => m.messageId)).size).toBe(1);
    expect(ports.publishedChanges).toBeGreaterThanOrEqual(2);
  });

  it('finishes a crashed withdrawal when the submitter opens the link again, and answers "gone"', async () => {
    const ports = memoryPorts();
    const { id, token } = await crashedWithdrawal(ports);
    expect(ports.submissions.get(id)!.initiative.contact).toBeDefined();
    // Still within the lease: the first request may be running; the read leaves it alone.
    await expect(readManagedInitiative(ports.deps, token)).rejects.toBeInstanceOf(SubmissionWithdrawnError);
    expect(ports.submissions.get(id)!.initiative.contact).toBeDefined();
    ports.advance(60_000);
    await expect(readManagedInitiative(ports.deps, token)).rejects.toBeInstanceOf(SubmissionWithdrawnError);
    expect(ports.submissions.get(id)!.initiative).not.toHaveProperty('contact');
    expect(ports.audit.get(id)?.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
    expect(withdrawalMails(ports)).toHaveLength(1);
  });

  it('lets the periodic clean-up finish a withdrawal nobody came back to, and only once it is no longer running', async () => {
    const ports = memoryPorts();
    const { id } = await crashedWithdrawal(ports);
    const finishedWithdrawal = await created(ports);
    await withdrawInitiative(ports.deps, finishedWithdrawal.token);
    // Within the lease the first request may still be running: left alone.
    expect(await finishStalledChanges(ports.deps)).toBe(0);
    expect(ports.submissions.get(id)!.initiative.contact).toBeDefined();
    ports.advance(60_000);
    expect(await finishStalledChanges(ports.deps)).toBe(1);
    expect(ports.submissions.get(id)!.initiative).not.toHaveProperty('contact');
    expect(ports.audit.get(id)?.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
    expect(withdrawalMails(ports).filter((m) => m.messageId.includes(id))).toHaveLength(1);
    expect(await finishStalledChanges(ports.deps)).toBe(0);
  });

  it('keeps a submission whose mail fails, says so, and lets the upkeep send the mail once the transport works', async () => {
    // Prepare: a mail transport that refuses everything.
    const ports = memoryPorts();
    const working = ports.deps.mailer;
    ports.deps.mailer = { send: async () => Promise.reject(new MailDeliveryError(new Error('smtp: 421 service not available'))) };
    // Act
    const outcome = await submitInitiative(ports.deps, { input, clientIp: '192.0.2.1', idempotencyKey: undefined });
    // Assess: stored and answered as created, with the delay said; no mail, no audit item yet.
    const id = outcome.body.id as string;
    expect(outcome.statusCode).toBe(201);
    expect(outcome.body).toEqual({ id, status: 'pending', mailDelayed: true });
    expect(ports.submissions.get(id)?.status).toBe('pending');
    expect(ports.audit.get(id) ?? []).toEqual([]);
    ports.advance(60_000);
    expect(await finishStalledChanges(ports.deps)).toBe(0); // the transport still fails: left for the next run
    ports.deps.mailer = working;
    expect(await finishStalledChanges(ports.deps)).toBe(1);
    expect(ports.mails.map((m) => m.to.address)).toEqual([input.contact.email]);
    expect(ports.mails[0]!.text).toMatch(/#token=/);
    expect(ports.audit.get(id)?.map((e) => e.to)).toEqual(['pending']);
    expect(await finishStalledChanges(ports.deps)).toBe(0);
  });

  it('looks back a week for stalled withdrawals, not through the whole history', async () => {
    const ports = memoryPorts();
    const { id } = await crashedWithdrawal(ports);
    ports.advance(STALLED_LOOKBACK_MS + 60_000);
    expect(await finishStalledChanges(ports.deps)).toBe(0);
    expect(ports.submissions.get(id)!.initiative.contact).toBeDefined();
  });

  it('finishes a crashed withdrawal before refusing a moderator decision on it', async () => {
    const ports = memoryPorts();
    const { id, token } = await crashedWithdrawal(ports);
    ports.advance(60_000);
    await expect(approveInitiative(ports.deps, id, 'anna')).rejects.toThrow(/ingetrokken/);
    expect(ports.submissions.get(id)).toMatchObject({ status: 'withdrawn' });
    expect(ports.submissions.get(id)!.initiative).not.toHaveProperty('contact');
    expect(ports.audit.get(id)?.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
  });

  it('lets a correction and a withdrawal that read the same version race: one wins, the other is a conflict', async () => {
    // Prepare: the correction reads version 1, then the withdrawal runs completely before the correction writes.
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    runFirst(ports, 'pending', () => withdrawInitiative(ports.deps, token));
    // Act / Assess
    await expect(correctInitiative(ports.deps, { token, version: 1, title: 'Te laat' })).rejects.toBeInstanceOf(ConflictingChangeError);
    expect(ports.submissions.get(id)).toMatchObject({ status: 'withdrawn', version: 2, initiative: { title: input.title } });
    expect(ports.audit.get(id)?.map((e) => e.to)).toEqual(['pending', 'withdrawn']);
  });

  it('lets a withdrawal that lost the race to a correction be a conflict, and keeps the correction', async () => {
    const ports = memoryPorts();
    const { id, token } = await created(ports);
    runFirst(ports, 'withdrawn', () => correctInitiative(ports.deps, { token, version: 1, title: 'Eerst verbeterd' }));
    await expect(withdrawInitiative(ports.deps, token)).rejects.toBeInstanceOf(ConflictingChangeError);
    expect(ports.submissions.get(id)).toMatchObject({ status: 'pending', version: 2, initiative: { title: 'Eerst verbeterd', contact: input.contact } });
    expect(ports.mails.some((m) => m.messageId.startsWith('intrekking.'))).toBe(false);
  });
});
