/**
 * The use cases of the employer register: register, verify, manage (read, update, withdraw), ask
 * for a lost manage link, confirm 'still open', the public list, moderation (list, detail, hide,
 * restore) and the hourly upkeep (yearly mails, stale-hiding, finishing changes that stopped
 * half-way). Each takes its dependencies as ports (`ports.ts`) and applies the pure rules of
 * `employer-rules.ts`.
 *
 * Order of writes, as for submissions (`initiative-submissions.ts`). Every change of an entry is
 *   1. one conditional write of the entry's new state (on the version read), carrying the
 *      change's audit entry in `lastTransition`; from a verified or hidden state on, the item also
 *      carries an "unfinished" mark that the upkeep finds (`listUnfinished`);
 *   2. the change's effects, in the order `effectsOf` gives: KvK release (withdrawal), match
 *      projection sync, "published changed", mail, and a withdrawal's erasure of the contact;
 *   3. the audit entry as its own item `AUDIT#<version>`, written only if absent, which also
 *      clears the unfinished mark: the change is complete.
 * A crash after 1 is finished by a retry of the same request (same fingerprint), by the next
 * change of the entry (which first finishes the unfinished one, or answers 409 while it may still
 * be running), by opening the manage link of a half-withdrawn entry, or by the hourly upkeep. Every
 * effect is idempotent or harmless to repeat (a mail may come twice, with the same Message-ID).
 *
 * Verification adds one write before 1: the KvK claim `KVK#<kvk>` (`takeKvk`), a conditional put
 * on the claim as read. A crash between the claim and the state write leaves a claim held by an
 * unverified entry; after the lease anyone may take it over (`kvkClaimDecision`), and the entry
 * expires with its 7 days. After the change, the verify token is marked used (an extra guard:
 * a verified entry already refuses every verify link).
 */
import type { IdempotencyRecord, StoredResponse } from '#contracts/idempotency';
import type { EmployerInput, EmployerListQuery, EmployerPatch, EmployerStatus, PublicEmployer, StoredEmployer } from '#contracts/employer';
import { ConflictingChangeError, IdempotencyKeyMismatchError, InvalidInputError, RateLimitExceededError } from './errors.ts';
import { EmployerLinkGoneError, EmployerNotFoundError, EmployerWithdrawnError } from './employer-errors.ts';
import { hmacSha256Hex, sha256Hex } from './fingerprint.ts';
import {
  confirmLink,
  employerManageLink,
  employerWithdrawalMail,
  hiddenMail,
  manageLinkMail,
  reminderMail,
  restoredMail,
  staleMail,
  verifiedMail,
  verifyLink,
  verifyMail,
} from './employer-mails.ts';
import {
  addDays,
  auditEntryOf,
  COMPLETION_LEASE_MS,
  CONFIRM_TOKEN_DAYS,
  confirmEmployer,
  effectsOf,
  employerHistoryOf,
  freshnessAction,
  hideEmployer,
  hideRequestHash,
  hideStaleEmployer,
  isExpiredRegistration,
  isRecentChange,
  kvkClaimDecision,
  newEmployer,
  registrationAuditEntry,
  registrationRequestHash,
  reminderRequestHash,
  remindEmployer,
  restoreEmployer,
  restoreRequestHash,
  staleRequestHash,
  confirmationRequestHash,
  toAdminEmployer,
  toManagedEmployer,
  toPublicEmployer,
  unverifiedExpiresAt,
  updateEmployer,
  updateRequestHash,
  verificationRequestHash,
  verifyEmployer,
  withdrawalRequestHash,
  withdrawEmployer,
  withoutPersonalData,
} from './employer-rules.ts';
import type { EmployerDependencies, EmployerToken, Page } from './ports.ts';
import { isOverLimit, RATE_WINDOW_SECONDS, rateWindow } from './rate-limit.ts';

/** Scope of the idempotency records and rate counters of `POST /api/employers`. */
export const EMPLOYER_CREATE_SCOPE = 'employers';
/** Scope of the rate counters of `POST /api/employers/link` (each request may send a mail). */
export const EMPLOYER_LINK_SCOPE = 'employer-link';

/** The 409 of a KvK number that a verified (or hidden) entry holds. */
export const KVK_TAKEN_MESSAGE =
  'Dit KvK-nummer staat al in het werkgeversregister. Beheert u die inschrijving? Vraag dan een nieuwe beheerlink aan met het KvK-nummer en uw e-mailadres.';
/** The 409 of a KvK number whose claim another entry is confirming right now. */
export const KVK_BUSY_MESSAGE = 'Dit KvK-nummer wordt op dit moment bevestigd. Probeer het over een halve minuut opnieuw.';
const BUSY_MESSAGE = 'Deze inschrijving wordt op dit moment gewijzigd. Probeer het over een halve minuut opnieuw.';

/** The answer to a creating request; `replayed` when it is the stored answer to an earlier one. */
export type EmployerCreateOutcome = StoredResponse & { replayed: boolean };

/** The hash under which any employer token (verify, manage, confirm) is stored; the token itself only travels in the mail. */
export function employerTokenHash(token: string): string {
  return sha256Hex(`employer-token:${token}`);
}

function clientHash(key: string, clientIp: string): string {
  return hmacSha256Hex(key, `client-ip:${clientIp}`);
}

async function enforceRateLimit(deps: EmployerDependencies, scope: string, clientIp: string, now: Date): Promise<void> {
  if (deps.rateLimitPerMinute <= 0) return;
  const { start, retryAfterSeconds } = rateWindow(now);
  const count = await deps.rateLimits.hit(scope, clientHash(deps.addressKey, clientIp), start, RATE_WINDOW_SECONDS);
  if (isOverLimit(count, deps.rateLimitPerMinute)) throw new RateLimitExceededError(retryAfterSeconds);
}

async function issueToken(deps: EmployerDependencies, employerId: string, kind: EmployerToken['kind'], expiresAt?: Date): Promise<string> {
  const token = deps.newToken();
  await deps.employers.putToken(employerTokenHash(token), {
    kind,
    employerId,
    createdAt: deps.now().toISOString(),
    ...(expiresAt === undefined ? {} : { expiresAt: expiresAt.toISOString() }),
  });
  return token;
}

/** Performs the effects of the entry's latest change, then writes its audit entry (steps 2 and 3). */
async function completeTransition(deps: EmployerDependencies, e: StoredEmployer, verifyToken?: string): Promise<void> {
  const entry = auditEntryOf(e);
  const base = deps.publicBaseUrl;
  // Mails go only while the address is stored; a missing address means the withdrawal's mail went.
  const contact = e.employer.contact;
  for (const effect of effectsOf(entry)) {
    switch (effect.kind) {
      case 'mail-verify-link': {
        if (!contact) break;
        // A resumed registration no longer knows the first token (only its hash is stored): issue another.
        const token = verifyToken ?? (await issueToken(deps, e.id, 'employer-verify', unverifiedExpiresAt(e.createdAt)));
        await deps.mailer.send(verifyMail(e, contact, verifyLink(base, token), base));
        break;
      }
      case 'release-kvk':
        await deps.employers.releaseKvk(e.employer.kvk, e.id);
        break;
      case 'sync-projection':
        await deps.employers.syncMatchProjection(e);
        break;
      case 'published-changed':
        deps.onPublishedChanged();
        break;
      case 'mail-verified':
        if (contact) await deps.mailer.send(verifiedMail(e, contact, employerManageLink(base, await issueToken(deps, e.id, 'employer-manage')), base));
        break;
      case 'mail-reminder':
      case 'mail-stale': {
        if (!contact) break;
        const token = await issueToken(deps, e.id, 'employer-confirm', addDays(new Date(entry.at), CONFIRM_TOKEN_DAYS));
        const compose = effect.kind === 'mail-reminder' ? reminderMail : staleMail;
        await deps.mailer.send(compose(e, contact, confirmLink(base, token), base));
        break;
      }
      case 'mail-hidden':
        if (contact) await deps.mailer.send(hiddenMail(e, contact, effect.reason, base));
        break;
      case 'mail-restored':
        if (contact) await deps.mailer.send(restoredMail(e, contact, base));
        break;
      case 'mail-withdrawal':
        if (contact) await deps.mailer.send(employerWithdrawalMail(e, contact, base));
        break;
      case 'erase-personal-data':
        if (contact && (await deps.employers.erasePersonalData(withoutPersonalData(e))) === 'stale') {
          // Nothing follows a withdrawal, so only a concurrent retry of this very change can have moved on.
          const stored = await deps.employers.get(e.id);
          if (stored?.version !== e.version || stored.employer.contact !== undefined) throw new ConflictingChangeError(BUSY_MESSAGE);
        }
        break;
    }
  }
  await deps.employers.putAuditEntry(e.id, entry);
}

async function isOwnUnfinishedChange(deps: EmployerDependencies, e: StoredEmployer, requestHash: string): Promise<boolean> {
  return e.lastTransition.requestHash === requestHash && !(await deps.employers.hasAuditEntry(e.id, e.version));
}

/**
 * Finishes the change that produced `e` if it stopped half-way: `complete` when it had finished,
 * `running` when it is recent enough to be running still (left alone), `finished` when this call
 * completed it. A registration's audit item expires with the registration, so version 1 of a
 * verified entry counts as complete.
 */
async function finishIfStalled(deps: EmployerDependencies, e: StoredEmployer, now: Date): Promise<'complete' | 'running' | 'finished'> {
  if (await deps.employers.hasAuditEntry(e.id, e.version)) return 'complete';
  if (isRecentChange(auditEntryOf(e), now)) return 'running';
  await completeTransition(deps, e);
  return 'finished';
}

async function finishPreviousChange(deps: EmployerDependencies, current: StoredEmployer, now: Date): Promise<void> {
  if ((await finishIfStalled(deps, current, now)) === 'running') throw new ConflictingChangeError(BUSY_MESSAGE);
}

/** Runs one change of an entry in the documented order; see the module comment. */
async function runTransition(
  deps: EmployerDependencies,
  id: string,
  requestHash: string,
  decide: (current: StoredEmployer, at: Date) => StoredEmployer,
): Promise<StoredEmployer> {
  const now = deps.now();
  const current = await deps.employers.get(id);
  if (!current) throw new EmployerNotFoundError();
  if (await isOwnUnfinishedChange(deps, current, requestHash)) {
    await completeTransition(deps, current);
    return current;
  }
  await finishPreviousChange(deps, current, now);
  const next = decide(current, now);
  if ((await deps.employers.replace(next, current.version)) === 'stale') {
    const fresh = await deps.employers.get(id);
    if (fresh && (await isOwnUnfinishedChange(deps, fresh, requestHash))) {
      await completeTransition(deps, fresh);
      return fresh;
    }
    throw new ConflictingChangeError('Iemand anders heeft deze inschrijving net veranderd. Laad haar opnieuw.');
  }
  await completeTransition(deps, next);
  return next;
}

async function assertKvkFree(deps: EmployerDependencies, kvk: string, now: Date): Promise<void> {
  const claim = await deps.employers.getKvkClaim(kvk);
  const holder = claim ? await deps.employers.get(claim.employerId) : undefined;
  const decision = kvkClaimDecision(claim, holder, undefined, now);
  if (decision === 'taken') throw new ConflictingChangeError(KVK_TAKEN_MESSAGE, 'kvk');
  if (decision === 'busy') throw new ConflictingChangeError(KVK_BUSY_MESSAGE, 'kvk');
}

/** Takes the KvK number for `e` (the write before a verification's state write); 409 when another entry holds it. */
async function takeKvk(deps: EmployerDependencies, e: StoredEmployer, now: Date): Promise<void> {
  const kvk = e.employer.kvk;
  for (let attempt = 0; attempt < 3; attempt++) {
    const claim = await deps.employers.getKvkClaim(kvk);
    const holder = claim && claim.employerId !== e.id ? await deps.employers.get(claim.employerId) : undefined;
    const decision = kvkClaimDecision(claim, holder, e.id, now);
    if (decision === 'mine') return;
    if (decision === 'taken') {
      throw new ConflictingChangeError(
        'Een andere aanmelding met dit KvK-nummer is eerder bevestigd; uw bedrijf staat dus al in het register. Vraag zo nodig een beheerlink aan met het KvK-nummer en het e-mailadres van die aanmelding.',
      );
    }
    if (decision === 'busy') throw new ConflictingChangeError(KVK_BUSY_MESSAGE);
    if ((await deps.employers.claimKvk({ kvk, employerId: e.id, claimedAt: now.toISOString() }, claim)) === 'written') return;
  }
  throw new ConflictingChangeError(KVK_BUSY_MESSAGE);
}

/**
 * `POST /api/employers`. Order of writes:
 *   0. rate-limit counter (skipped for a replay);
 *   1. idempotency record `started` with the id chosen (only with a key);
 *   then the KvK check (a read: 409 when a verified or hidden entry holds the number);
 *   2. the verify token's hash → entry id, expiring with the registration;
 *   3. the entry, version 1, `unverified`, expiring after 7 days (TTL and the sweep);
 *   then the mail with the verify link, and
 *   4. the audit item `AUDIT#1` (expiring with the entry);
 *   5. the idempotency record `completed` with the answer.
 * An unverified registration claims nothing: another registration of the same number is
 * accepted, and whichever is verified first holds the number.
 */
export async function registerEmployer(
  deps: EmployerDependencies,
  request: { input: EmployerInput; clientIp: string; idempotencyKey: string | undefined },
): Promise<EmployerCreateOutcome> {
  const now = deps.now();
  const requestHash = registrationRequestHash(request.input);
  const keyHash = request.idempotencyKey === undefined ? undefined : sha256Hex(request.idempotencyKey);
  const inProgress = () => new ConflictingChangeError('Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het over een halve minuut opnieuw.');

  const continueFrom = async (record: IdempotencyRecord): Promise<EmployerCreateOutcome> => {
    if (record.requestHash !== requestHash) throw new IdempotencyKeyMismatchError();
    if (record.state === 'completed' && record.response) return { ...record.response, replayed: true };
    if (now.getTime() - Date.parse(record.startedAt) < COMPLETION_LEASE_MS) throw inProgress();
    return createEntry(deps, record.resourceId, request.input, now, keyHash, true);
  };

  if (keyHash) {
    const existing = await deps.idempotency.get(EMPLOYER_CREATE_SCOPE, keyHash, now);
    if (existing) return continueFrom(existing);
  }
  await enforceRateLimit(deps, EMPLOYER_CREATE_SCOPE, request.clientIp, now);
  const id = deps.newId();
  if (keyHash) {
    const claimed = await deps.idempotency.claim(
      EMPLOYER_CREATE_SCOPE,
      keyHash,
      { requestHash, resourceId: id, state: 'started', startedAt: now.toISOString() },
      now,
    );
    if (claimed === 'taken') {
      const record = await deps.idempotency.get(EMPLOYER_CREATE_SCOPE, keyHash, now);
      if (record) return continueFrom(record);
      throw inProgress();
    }
  }
  return createEntry(deps, id, request.input, now, keyHash, false);
}

async function createEntry(
  deps: EmployerDependencies,
  id: string,
  input: EmployerInput,
  now: Date,
  keyHash: string | undefined,
  resuming: boolean,
): Promise<EmployerCreateOutcome> {
  let entry = resuming ? await deps.employers.get(id) : undefined;
  let token: string | undefined;
  if (!entry) {
    await assertKvkFree(deps, input.kvk, now);
    const fresh = newEmployer(id, input, now);
    token = await issueToken(deps, id, 'employer-verify', unverifiedExpiresAt(fresh.createdAt));
    if ((await deps.employers.insert(fresh)) === 'exists') {
      throw new ConflictingChangeError('Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.');
    }
    entry = fresh;
  }
  if (!resuming || !(await deps.employers.hasAuditEntry(id, 1))) {
    if (entry.version === 1) await completeTransition(deps, entry, token);
    // Later changes exist, so the verify mail did its work: only the entry is missing.
    else await deps.employers.putAuditEntry(id, registrationAuditEntry(entry));
  }
  const response: StoredResponse = { statusCode: 201, body: { id, status: 'unverified' } };
  if (keyHash) await deps.idempotency.complete(EMPLOYER_CREATE_SCOPE, keyHash, response);
  return { ...response, replayed: false };
}

/**
 * `POST /api/employers/verify` `{ token }`: confirms the e-mail address; the entry joins the
 * register (KvK claim, projection, rebuild) and the employer gets its manage link. A used,
 * expired or unknown link is 410 and changes nothing; 409 when another entry verified the same
 * KvK number first.
 */
export async function verifyEmployerEntry(deps: EmployerDependencies, token: string) {
  const now = deps.now();
  const tokenHash = employerTokenHash(token);
  const stored = await deps.employers.findToken(tokenHash);
  if (!stored || stored.kind !== 'employer-verify') throw new EmployerLinkGoneError();
  const entry = await deps.employers.get(stored.employerId);
  if (!entry) throw new EmployerLinkGoneError();
  const requestHash = verificationRequestHash(tokenHash);
  const result = (e: StoredEmployer) => ({ id: e.id, status: 'verified' as const, confirmedAt: e.confirmedAt ?? now.toISOString() });
  if (entry.status !== 'unverified') {
    // The retry of a verification that crashed half-way finishes it; any other use is a used link.
    if (entry.lastTransition.action === 'verify' && (await isOwnUnfinishedChange(deps, entry, requestHash))) {
      await completeTransition(deps, entry);
      await deps.employers.markTokenUsed(tokenHash, now.toISOString());
      return result(entry);
    }
    throw new EmployerLinkGoneError();
  }
  const expired = stored.expiresAt !== undefined && Date.parse(stored.expiresAt) <= now.getTime();
  if (stored.usedAt !== undefined || expired || isExpiredRegistration(entry, now)) throw new EmployerLinkGoneError();
  await takeKvk(deps, entry, now);
  const next = await runTransition(deps, entry.id, requestHash, (current, at) => {
    if (current.status !== 'unverified') throw new EmployerLinkGoneError();
    return verifyEmployer(current, { at, requestHash });
  });
  await deps.employers.markTokenUsed(tokenHash, now.toISOString());
  return result(next);
}

async function employerByToken(deps: EmployerDependencies, token: string, kinds: readonly EmployerToken['kind'][]): Promise<StoredEmployer> {
  const stored = await deps.employers.findToken(employerTokenHash(token));
  if (!stored || !kinds.includes(stored.kind)) throw new EmployerNotFoundError();
  if (stored.expiresAt !== undefined && Date.parse(stored.expiresAt) <= deps.now().getTime()) throw new EmployerLinkGoneError();
  const entry = await deps.employers.get(stored.employerId);
  if (!entry) throw new EmployerNotFoundError();
  return entry;
}

/**
 * The entry behind a manage (or confirm) link that still works: a withdrawn one is 410. Opening
 * the link of a withdrawal that stopped half-way finishes it first, so the contact data does not
 * outlive the visit.
 */
async function activeEmployerByToken(deps: EmployerDependencies, token: string, kinds: readonly EmployerToken['kind'][] = ['employer-manage']) {
  const entry = await employerByToken(deps, token, kinds);
  if (entry.status !== 'withdrawn') return entry;
  await finishIfStalled(deps, entry, deps.now());
  throw new EmployerWithdrawnError();
}

/** `POST /api/employers/manage` `{ token }`: the entry with its `version`; 404 for an unknown token, 410 once withdrawn. */
export async function readManagedEmployer(deps: EmployerDependencies, token: string) {
  return toManagedEmployer(await activeEmployerByToken(deps, token));
}

/**
 * `PATCH /api/employers/manage` `{ token, version, …changes }`: the employer's change. A stale
 * version is a 409 and overwrites nothing; the KvK number cannot change (another company is
 * another registration).
 */
export async function updateEmployerEntry(deps: EmployerDependencies, patch: EmployerPatch) {
  const { token, version, consent: _consent, kvk, ...changes } = patch;
  const current = await activeEmployerByToken(deps, token);
  if (kvk !== undefined && kvk !== current.employer.kvk) {
    throw new InvalidInputError({ kvk: 'het KvK-nummer kunt u niet wijzigen; meld een ander bedrijf apart aan' });
  }
  const next = await runTransition(deps, current.id, updateRequestHash(version, changes), (e, at) => updateEmployer(e, { version, changes, at }));
  return toManagedEmployer(next);
}

/**
 * `DELETE /api/employers/manage` `{ token }`: the employer leaves. The state write takes the
 * entry out of the register and the API at once; then the KvK claim is released, the projection
 * emptied, the rebuild asked for, the confirmation mailed, the contact erased, the audit entry
 * (`werkgever`, no personal data) written. A retry of a finished withdrawal is 410.
 */
export async function withdrawEmployerEntry(deps: EmployerDependencies, token: string) {
  const current = await employerByToken(deps, token, ['employer-manage']);
  const next = await runTransition(deps, current.id, withdrawalRequestHash(), (e, at) => withdrawEmployer(e, { at }));
  return { id: next.id, status: 'withdrawn' as const };
}

/**
 * `POST /api/employers/link` `{ kvk, email }`: mails a fresh manage link when the number is held
 * by an entry (verified or hidden) whose contact has this address (case-insensitive). Answers the
 * same whatever happened, so nobody learns whether an entry or an address exists.
 */
export async function requestManageLink(deps: EmployerDependencies, request: { kvk: string; email: string; clientIp: string }): Promise<void> {
  const now = deps.now();
  await enforceRateLimit(deps, EMPLOYER_LINK_SCOPE, request.clientIp, now);
  const claim = await deps.employers.getKvkClaim(request.kvk);
  const entry = claim ? await deps.employers.get(claim.employerId) : undefined;
  const contact = entry?.employer.contact;
  if (!entry || !contact || (entry.status !== 'verified' && entry.status !== 'hidden')) return;
  if (entry.employer.kvk !== request.kvk || contact.email.toLowerCase() !== request.email.toLowerCase()) return;
  const token = await issueToken(deps, entry.id, 'employer-manage');
  await deps.mailer.send(manageLinkMail(entry, contact, employerManageLink(deps.publicBaseUrl, token), now, deps.publicBaseUrl));
}

/**
 * `POST /api/employers/confirm` `{ token }` (the yearly link, or the manage link): the employer
 * is still open to statushouders. `confirmedAt` renewed; an entry hidden as stale returns.
 */
export async function confirmEmployerEntry(deps: EmployerDependencies, token: string) {
  const current = await activeEmployerByToken(deps, token, ['employer-confirm', 'employer-manage']);
  const next = await runTransition(deps, current.id, confirmationRequestHash(deps.now()), (e, at) => confirmEmployer(e, { at }));
  const status = next.status === 'verified' ? ('verified' as const) : ('hidden' as const);
  return { id: next.id, status, confirmedAt: next.confirmedAt ?? next.updatedAt };
}

/** `GET /api/employers`: one page of the public register, filtered; company data only. */
export async function listPublicEmployers(deps: Pick<EmployerDependencies, 'employers'>, query: EmployerListQuery): Promise<Page<PublicEmployer>> {
  const { limit, cursor, ...filter } = query;
  const page = await deps.employers.listPublic(filter, { limit, cursor });
  return { items: page.items.map(toPublicEmployer).filter((e): e is PublicEmployer => e !== undefined), nextCursor: page.nextCursor };
}

/** Every employer in the public register (for the site build and open data): company data only. */
export async function publishedEmployers(deps: Pick<EmployerDependencies, 'employers'>): Promise<PublicEmployer[]> {
  const all: PublicEmployer[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPublicEmployers(deps, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** `GET /api/admin/employers`: one page of a status, latest first, with contact data. */
export async function listEmployers(
  deps: Pick<EmployerDependencies, 'employers'>,
  query: { status: EmployerStatus; limit: number; cursor?: string | undefined },
) {
  const page = await deps.employers.listByStatus(query.status, { limit: query.limit, cursor: query.cursor });
  return { items: page.items.map(toAdminEmployer), nextCursor: page.nextCursor };
}

/** `GET /api/admin/employers/{id}`: the entry and its whole audit trail. */
export async function getEmployerDetail(deps: Pick<EmployerDependencies, 'employers'>, id: string) {
  const found = await deps.employers.getWithHistory(id);
  if (!found) throw new EmployerNotFoundError('Deze werkgever bestaat niet.');
  return { ...toAdminEmployer(found.employer), history: employerHistoryOf(found.employer, found.history) };
}

/** `POST /api/admin/employers/{id}/hide` `{ reason }`: out of the register; the employer is mailed the reason. */
export async function hideEmployerEntry(deps: EmployerDependencies, id: string, moderator: string, reason: string) {
  const next = await runTransition(deps, id, hideRequestHash(moderator, reason), (e, at) => hideEmployer(e, { who: moderator, reason, at }));
  return { id: next.id, status: 'hidden' as const };
}

/** `POST /api/admin/employers/{id}/restore`: a hidden entry back into the register. */
export async function restoreEmployerEntry(deps: EmployerDependencies, id: string, moderator: string, reason?: string) {
  const next = await runTransition(deps, id, restoreRequestHash(moderator, reason), (e, at) => restoreEmployer(e, { who: moderator, reason, at }));
  return { id: next.id, status: 'verified' as const };
}

/** How many entries one upkeep run looks at per kind, at most (the rest waits an hour). */
const UPKEEP_BATCH = 100;
const UPKEEP_MAX_BATCHES = 50;

/**
 * One run of the register's hourly upkeep at `now`:
 *   1. finishes changes that stopped half-way and are older than the lease (their effects:
 *      projection, mails, a withdrawal's erasure; then the audit entry);
 *   2. sends the yearly 'still open' mail to verified entries confirmed 12 months ago;
 *   3. hides entries that did not answer that mail within 30 days (mailing them how to return).
 * Both 2 and 3 read only the entries that are due (`listDue`). One entry failing (a concurrent
 * change) does not stop the others. Returns what it did.
 */
export async function runEmployerUpkeep(deps: EmployerDependencies, now: Date = deps.now()) {
  const at: EmployerDependencies = { ...deps, now: () => now };
  let finished = 0;
  for (const entry of await deps.employers.listUnfinished(new Date(now.getTime() - COMPLETION_LEASE_MS), UPKEEP_BATCH)) {
    const outcome = await finishIfStalled(at, entry, now);
    if (outcome === 'finished') finished++;
    // Complete, but the mark outlived it (a crash right after the audit item): writing the entry again clears it.
    else if (outcome === 'complete') await deps.employers.putAuditEntry(entry.id, auditEntryOf(entry));
  }
  let reminded = 0;
  let hidden = 0;
  // Entries a concurrent change held up: left for the next run, and read past in this one.
  const skipped = new Set<string>();
  for (let batch = 0; batch < UPKEEP_MAX_BATCHES; batch++) {
    const due = await deps.employers.listDue(now, UPKEEP_BATCH + skipped.size);
    const todo = due.filter((e) => !skipped.has(e.id) && freshnessAction(e, now) !== 'none');
    if (todo.length === 0) break;
    for (const entry of todo) {
      try {
        if (freshnessAction(entry, now) === 'remind') {
          await runTransition(at, entry.id, reminderRequestHash(entry.confirmedAt), (e, t) => remindEmployer(e, { at: t }));
          reminded++;
        } else {
          await runTransition(at, entry.id, staleRequestHash(entry.remindedAt), (e, t) => hideStaleEmployer(e, { at: t }));
          hidden++;
        }
      } catch (error) {
        if (!(error instanceof ConflictingChangeError)) throw error;
        skipped.add(entry.id);
      }
    }
  }
  return { finished, reminded, hidden };
}
