/**
 * The use cases of initiative submissions: submit, read, correct and withdraw through the manage
 * link, and moderate. Each takes its dependencies as ports (`ports.ts`), applies the pure rules of
 * `submission-rules.ts`, and runs the writes in a fixed order that a crash cannot break:
 *
 * Every change of a submission is
 *   1. one conditional write of the submission's new state, carrying the change's audit entry in
 *      `lastTransition` (so the entry is stored in the same write as the state, never lost);
 *   2. the change's effects (mail, "published set changed");
 *   3. the audit entry as its own item `AUDIT#<version>`, written only if absent: the mark that the
 *      change is complete.
 * A crash after 1 leaves a submission whose newest audit item is missing. Retrying the same request
 * recognises its own change (same request fingerprint, audit item missing) and finishes 2 and 3;
 * any later change first finishes the unfinished one. So every change ends up with exactly one
 * audit entry, and its effects happen at least once.
 *
 * A withdrawal's last effect is itself a write: erasing the contact (`erasePersonalData`), after
 * the confirmation mail that needs the address. See `withdrawInitiative` and the repository.
 */
import type { IdempotencyRecord, StoredResponse } from '#contracts/idempotency';
import type { AuditEntry, InitiativeInput, InitiativePatch, Submission, SubmissionStatus } from '#contracts/initiative';
import { SUBMITTER } from '#contracts/initiative';
import {
  ConflictingChangeError,
  IdempotencyKeyMismatchError,
  MailDeliveryError,
  RateLimitExceededError,
  SubmissionNotFoundError,
  SubmissionWithdrawnError,
} from './errors.ts';
import { hmacSha256Hex, sha256Hex } from './fingerprint.ts';
import { approvalMail, manageLink, manageLinkMail, rejectionMail, withdrawalMail } from './initiative-mails.ts';
import type { InitiativeDependencies, Page } from './ports.ts';
import { toPublishedPractice, type PublishedPractice } from './publication.ts';
import { isOverLimit, RATE_WINDOW_SECONDS, rateWindow } from './rate-limit.ts';
import {
  approvalRequestHash,
  approveSubmission,
  auditEntryOf,
  COMPLETION_LEASE_MS,
  correctionRequestHash,
  correctSubmission,
  creationRequestHash,
  effectsOf,
  historyOf,
  isRecentChange,
  newSubmission,
  rejectionRequestHash,
  rejectSubmission,
  toAdminSubmission,
  toManagedInitiative,
  withdrawalRequestHash,
  withdrawSubmission,
  withoutPersonalData,
} from './submission-rules.ts';

/** Scope of the idempotency records and rate-limit counters of `POST /api/initiatives`. */
export const CREATE_SCOPE = 'initiatives';

/** The answer to a creating request; `replayed` when it is the stored answer to an earlier one. */
export type CreateOutcome = StoredResponse & { replayed: boolean };

/**
 * The keyed hash under which a client address is counted; the address itself is never stored,
 * and without the key the hash cannot be traced back to it.
 */
export function clientHash(key: string, clientIp: string): string {
  return hmacSha256Hex(key, `client-ip:${clientIp}`);
}

/** The hash under which a manage token is stored; the token itself only travels in the mail. */
export function manageTokenHash(token: string): string {
  return sha256Hex(`manage-token:${token}`);
}

async function enforceRateLimit(deps: InitiativeDependencies, clientIp: string, now: Date): Promise<void> {
  if (deps.rateLimitPerMinute <= 0) return;
  const { start, retryAfterSeconds } = rateWindow(now);
  const count = await deps.rateLimits.hit(CREATE_SCOPE, clientHash(deps.addressKey, clientIp), start, RATE_WINDOW_SECONDS);
  if (isOverLimit(count, deps.rateLimitPerMinute)) throw new RateLimitExceededError(retryAfterSeconds);
}

/** Performs the effects of the submission's latest change, then writes its audit entry (steps 2 and 3). */
async function completeTransition(deps: InitiativeDependencies, submission: Submission, token?: string): Promise<void> {
  const entry = auditEntryOf(submission);
  // Mails go only while the address is stored. The erasure is the last effect of the only change
  // that makes it disappear, and every earlier change is finished before a new one starts: a
  // missing address therefore means that this change's mail already went.
  const contact = submission.initiative.contact;
  for (const effect of effectsOf(entry)) {
    switch (effect.kind) {
      case 'mail-manage-link': {
        if (!contact) break;
        // A resumed creation no longer knows the first token (only its hash is stored): issue another.
        const link = token ?? (await issueManageToken(deps, submission.id));
        await deps.mailer.send(manageLinkMail(submission, contact, manageLink(deps.publicBaseUrl, link), deps.publicBaseUrl));
        break;
      }
      case 'mail-approval':
        if (contact) await deps.mailer.send(approvalMail(submission, contact, deps.publicBaseUrl));
        break;
      case 'mail-rejection':
        if (contact) await deps.mailer.send(rejectionMail(submission, contact, effect.reason, deps.publicBaseUrl));
        break;
      case 'mail-withdrawal':
        if (contact) await deps.mailer.send(withdrawalMail(submission, contact, deps.publicBaseUrl));
        break;
      case 'published-changed':
        deps.onPublishedChanged();
        break;
      case 'erase-personal-data':
        if (contact && (await deps.submissions.erasePersonalData(withoutPersonalData(submission))) === 'stale') {
          // Nothing follows a withdrawal, so only a concurrent retry of this very change can have moved on.
          const stored = await deps.submissions.get(submission.id);
          if (stored?.version !== submission.version || stored.initiative.contact !== undefined) {
            throw new ConflictingChangeError('Deze aanmelding wordt op dit moment gewijzigd. Probeer het over een halve minuut opnieuw.');
          }
        }
        break;
    }
  }
  await deps.submissions.putAuditEntry(submission.id, entry);
}

async function issueManageToken(deps: InitiativeDependencies, submissionId: string): Promise<string> {
  const token = deps.newToken();
  await deps.submissions.putManageToken(manageTokenHash(token), submissionId, deps.now().toISOString());
  return token;
}

/** True when the submission's latest change came from this very request and is not complete yet. */
async function isOwnUnfinishedChange(deps: InitiativeDependencies, s: Submission, requestHash: string): Promise<boolean> {
  return s.lastTransition.requestHash === requestHash && !(await deps.submissions.hasAuditEntry(s.id, s.version));
}

/**
 * Makes sure the change that produced `current` is complete before another one starts. A change
 * that is still recent may be running its effects right now: rather than duplicate or skip them,
 * the new request is told to try again shortly.
 */
async function finishPreviousChange(deps: InitiativeDependencies, current: Submission, now: Date): Promise<void> {
  if ((await finishIfStalled(deps, current, now)) === 'running') {
    throw new ConflictingChangeError('Deze aanmelding wordt op dit moment gewijzigd. Probeer het over een halve minuut opnieuw.');
  }
}

/**
 * Finishes the change that produced `submission` if it stopped half-way: `complete` when it had
 * finished, `running` when it is recent enough to be running still (left alone), `finished` when
 * this call completed it.
 */
async function finishIfStalled(deps: InitiativeDependencies, submission: Submission, now: Date): Promise<'complete' | 'running' | 'finished'> {
  if (await deps.submissions.hasAuditEntry(submission.id, submission.version)) return 'complete';
  if (isRecentChange(auditEntryOf(submission), now)) return 'running';
  await completeTransition(deps, submission);
  return 'finished';
}

/** Runs one change of a submission in the documented order; see the module comment. */
async function runTransition(
  deps: InitiativeDependencies,
  id: string,
  requestHash: string,
  decide: (current: Submission, at: Date) => Submission,
): Promise<Submission> {
  const now = deps.now();
  const current = await deps.submissions.get(id);
  if (!current) throw new SubmissionNotFoundError();
  if (await isOwnUnfinishedChange(deps, current, requestHash)) {
    await completeTransition(deps, current);
    return current;
  }
  await finishPreviousChange(deps, current, now);
  const next = decide(current, now);
  // Write 1: the new state with its audit entry, only if nobody changed the submission since we read it.
  if ((await deps.submissions.replace(next, current.version)) === 'stale') {
    const fresh = await deps.submissions.get(id);
    if (fresh && (await isOwnUnfinishedChange(deps, fresh, requestHash))) {
      await completeTransition(deps, fresh);
      return fresh;
    }
    throw new ConflictingChangeError('Iemand anders heeft deze aanmelding net veranderd. Laad haar opnieuw.');
  }
  // Effects, then write 2: the audit item that marks the change complete.
  await completeTransition(deps, next);
  return next;
}

/**
 * `POST /api/initiatives`. Order of writes:
 *   0. rate-limit counter (skipped for a replay);
 *   1. idempotency record `started` with the id chosen for the submission (only with a key);
 *   2. the manage token's hash → submission id;
 *   3. the submission, version 1, only if the id is free (its `lastTransition` is the audit entry);
 *   then the manage-link mail, and
 *   4. the audit entry `AUDIT#1`;
 *   5. the idempotency record `completed` with the answer.
 * A crash anywhere leaves at most an unreachable token (before 3) or an unfinished change (after 3).
 * A retry with the same key and body after the lease continues under the same id from where the
 * crash stopped; within the lease it answers 409, since the first request may still be running.
 * Without a key, a retry is a new submission and the unfinished one is completed by its next change.
 */
export async function submitInitiative(
  deps: InitiativeDependencies,
  request: { input: InitiativeInput; clientIp: string; idempotencyKey: string | undefined },
): Promise<CreateOutcome> {
  const now = deps.now();
  const requestHash = creationRequestHash(request.input);
  const keyHash = request.idempotencyKey === undefined ? undefined : sha256Hex(request.idempotencyKey);

  const continueFrom = async (record: IdempotencyRecord): Promise<CreateOutcome> => {
    if (record.requestHash !== requestHash) throw new IdempotencyKeyMismatchError();
    if (record.state === 'completed' && record.response) return { ...record.response, replayed: true };
    if (now.getTime() - Date.parse(record.startedAt) < COMPLETION_LEASE_MS) {
      throw new ConflictingChangeError('Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het over een halve minuut opnieuw.');
    }
    return createSubmission(deps, record.resourceId, request.input, now, keyHash, true);
  };

  if (keyHash) {
    const existing = await deps.idempotency.get(CREATE_SCOPE, keyHash, now);
    if (existing) return continueFrom(existing);
  }
  await enforceRateLimit(deps, request.clientIp, now);
  const id = deps.newId();
  if (keyHash) {
    const claimed = await deps.idempotency.claim(CREATE_SCOPE, keyHash, { requestHash, resourceId: id, state: 'started', startedAt: now.toISOString() }, now);
    if (claimed === 'taken') {
      // Another request with this key claimed it between our read and our write.
      const record = await deps.idempotency.get(CREATE_SCOPE, keyHash, now);
      if (record) return continueFrom(record);
      throw new ConflictingChangeError('Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.');
    }
  }
  return createSubmission(deps, id, request.input, now, keyHash, false);
}

async function createSubmission(
  deps: InitiativeDependencies,
  id: string,
  input: InitiativeInput,
  now: Date,
  keyHash: string | undefined,
  resuming: boolean,
): Promise<CreateOutcome> {
  let submission = resuming ? await deps.submissions.get(id) : undefined;
  let token: string | undefined;
  if (!submission) {
    token = await issueManageToken(deps, id);
    const fresh = newSubmission(id, input, now);
    if ((await deps.submissions.insert(fresh)) === 'exists') {
      throw new ConflictingChangeError('Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.');
    }
    submission = fresh;
  }
  // A fresh submission has no audit item yet; only a resumed one may have got that far.
  let mailDelayed = false;
  if (!resuming || !(await deps.submissions.hasAuditEntry(id, 1))) {
    try {
      if (submission.version === 1) await completeTransition(deps, submission, token);
      // Later changes exist, so the submitter had the link (or a moderator's change finished it): only the entry is missing.
      else await deps.submissions.putAuditEntry(id, creationAuditEntry(submission));
    } catch (error) {
      // The submission is stored; only its mail failed. Say so, and let the upkeep send it
      // (`finishStalledChanges`) rather than have the submitter send the same project twice.
      if (!(error instanceof MailDeliveryError)) throw error;
      mailDelayed = true;
    }
  }
  const response: StoredResponse = { statusCode: 201, body: { id, status: 'pending', ...(mailDelayed ? { mailDelayed: true } : {}) } };
  if (keyHash) await deps.idempotency.complete(CREATE_SCOPE, keyHash, response);
  return { ...response, replayed: false };
}

/** The audit entry of a submission's creation, derivable at any later version. */
export function creationAuditEntry(s: Submission): AuditEntry {
  return { version: 1, at: s.createdAt, who: SUBMITTER, from: null, to: 'pending' };
}

async function submissionByToken(deps: InitiativeDependencies, token: string): Promise<Submission> {
  const id = await deps.submissions.findIdByManageToken(manageTokenHash(token));
  const submission = id === undefined ? undefined : await deps.submissions.get(id);
  if (!submission) throw new SubmissionNotFoundError();
  return submission;
}

/**
 * The submission behind a token that still works: a withdrawn one is 410. Opening the link of a
 * withdrawal that crashed half-way (and is no longer running) finishes it first, so the contact
 * data does not outlive the submitter's visit.
 */
async function activeSubmissionByToken(deps: InitiativeDependencies, token: string): Promise<Submission> {
  const submission = await submissionByToken(deps, token);
  if (submission.status !== 'withdrawn') return submission;
  await finishIfStalled(deps, submission, deps.now());
  throw new SubmissionWithdrawnError();
}

/** How far back `finishStalledChanges` looks: far more than the hour between two sweeps. */
export const STALLED_LOOKBACK_MS = 7 * 24 * 3_600_000;

/** The queues `finishStalledChanges` walks: every status a change can lead to. */
const STALLED_QUEUES: readonly SubmissionStatus[] = ['pending', 'published', 'rejected', 'withdrawn'];

/**
 * Finishes the changes of the last week that stopped half-way: a crash after the state write, or a
 * mail transport that failed (the submission is stored; its mail and audit entry are not), with
 * neither a retry nor a later change since. So a manage link, a decision mail or a withdrawal's
 * erasure is never lost. Walks each status queue newest first and stops at the first older entry
 * (keyed queries, no scan); run it periodically (the hourly upkeep). Returns how many it finished;
 * a change whose mail still fails stays unfinished for the next run.
 */
export async function finishStalledChanges(deps: InitiativeDependencies): Promise<number> {
  const since = deps.now().getTime() - STALLED_LOOKBACK_MS;
  let finished = 0;
  for (const status of STALLED_QUEUES) {
    let cursor: string | undefined;
    walk: do {
      const page = await deps.submissions.listByStatus(status, { limit: 100, cursor });
      for (const submission of page.items) {
        if (Date.parse(submission.statusChangedAt) < since) break walk;
        try {
          if ((await finishIfStalled(deps, submission, deps.now())) === 'finished') finished++;
        } catch (error) {
          if (!(error instanceof MailDeliveryError)) throw error;
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return finished;
}

/** `POST /api/initiatives/manage`: the submission behind a manage token; 404 for any unknown token, 410 once withdrawn. */
export async function readManagedInitiative(deps: InitiativeDependencies, token: string) {
  return toManagedInitiative(await activeSubmissionByToken(deps, token));
}

/**
 * `PATCH /api/initiatives/manage`: the submitter's correction, back to `pending`. Writes as every
 * change (module comment); a stale `version` is a 409, a withdrawn submission 410. Leaving
 * `published` takes the page down until a moderator approves the corrected version.
 */
export async function correctInitiative(deps: InitiativeDependencies, patch: InitiativePatch) {
  const { token, version, consent: _consent, ...changes } = patch;
  const current = await activeSubmissionByToken(deps, token);
  const next = await runTransition(deps, current.id, correctionRequestHash(version, changes), (s, at) =>
    correctSubmission(s, { version, changes, at }),
  );
  return toManagedInitiative(next);
}

/**
 * `DELETE /api/initiatives/manage` `{ token }`: the submitter withdraws the submission and its
 * personal data is erased (GDPR art. 17; the privacyverklaring's "Uw rechten"). Order:
 *   1. write: the submission at the next version with status `withdrawn` and the withdrawal as
 *      `lastTransition` (`who: indiener`), only if nobody changed it since it was read (else 409).
 *      From here the token answers 410 and the published query no longer returns it;
 *   2. effects: "published set changed" when it was published (the same debounced rebuild an
 *      approval asks for), then the confirmation mail, while the address is still stored;
 *   3. write: the erasure, the same version without `initiative.contact`;
 *   4. write: the audit item `AUDIT#<version>`: the withdrawal is complete.
 * The mail goes before the erasure because afterwards there is no address to write to; a mail
 * failure fails the request, and its retry (or the next visit of the link) sends it and erases.
 * A retry of a finished withdrawal answers 410, like every later use of the link.
 */
export async function withdrawInitiative(deps: InitiativeDependencies, token: string) {
  const current = await submissionByToken(deps, token);
  const next = await runTransition(deps, current.id, withdrawalRequestHash(), (s, at) => withdrawSubmission(s, { at }));
  return { id: next.id, status: 'withdrawn' as const };
}

/** `POST /api/admin/submissions/{id}/approve`: publishes a pending submission (409 otherwise). */
export async function approveInitiative(deps: InitiativeDependencies, id: string, moderator: string) {
  const next = await runTransition(deps, id, approvalRequestHash(moderator), (s, at) => approveSubmission(s, { who: moderator, at }));
  return { id: next.id, status: 'published' as const };
}

/** `POST /api/admin/submissions/{id}/reject`: rejects a pending submission and mails the reason. */
export async function rejectInitiative(deps: InitiativeDependencies, id: string, moderator: string, reason: string) {
  const next = await runTransition(deps, id, rejectionRequestHash(moderator, reason), (s, at) =>
    rejectSubmission(s, { who: moderator, reason, at }),
  );
  return { id: next.id, status: 'rejected' as const };
}

/** `GET /api/admin/submissions`: one page of a status queue, latest change first. */
export async function listSubmissions(
  deps: Pick<InitiativeDependencies, 'submissions'>,
  query: { status: SubmissionStatus; limit: number; cursor?: string | undefined },
): Promise<Page<ReturnType<typeof toAdminSubmission>>> {
  const page = await deps.submissions.listByStatus(query.status, { limit: query.limit, cursor: query.cursor });
  return { items: page.items.map(toAdminSubmission), nextCursor: page.nextCursor };
}

/** `GET /api/admin/submissions/{id}`: the submission and its whole audit trail. */
export async function getSubmissionDetail(deps: Pick<InitiativeDependencies, 'submissions'>, id: string) {
  const found = await deps.submissions.getWithHistory(id);
  if (!found) throw new SubmissionNotFoundError();
  return { ...toAdminSubmission(found.submission), history: historyOf(found.submission, found.history) };
}

/**
 * Every published submission as a praktijkvoorbeeld (id, frontmatter, markdown body), for the
 * site build's content loader. Contact data never leaves this function.
 */
export async function publishedPractices(deps: Pick<InitiativeDependencies, 'submissions'>): Promise<PublishedPractice[]> {
  return (await deps.submissions.listPublished()).map(toPublishedPractice);
}
