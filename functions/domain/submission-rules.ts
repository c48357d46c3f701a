/**
 * The rules of an initiative submission's life, as pure functions (no store, no clock, no mail):
 *
 *   (new) ──submit──▶ pending ──approve──▶ published
 *                       │  ▲                  │
 *                reject │  └────correct───────┘ (and from rejected)
 *                       ▼
 *                    rejected
 *
 *   pending, published, rejected ──withdraw (the submitter)──▶ withdrawn (final: contact erased)
 *
 * Every change produces the next version of the submission, whose `lastTransition` holds the audit
 * entry of that change plus a fingerprint of the request; `effectsOf` says what must happen outside
 * the store because of it. The use cases run these against the store (`initiative-submissions.ts`).
 */
import {
  SUBMITTER,
  type AdminSubmission,
  type AuditEntry,
  type InitiativeChanges,
  type InitiativeInput,
  type ManagedInitiative,
  type StoredInitiative,
  type Submission,
  type SubmissionStatus,
} from '#contracts/initiative';
import { ConflictingChangeError, SubmissionWithdrawnError } from './errors.ts';
import { fingerprint } from './fingerprint.ts';

/** Fingerprint of a creating request: its validated body. */
export function creationRequestHash(input: InitiativeInput): string {
  return fingerprint({ action: 'create', input });
}

/** A new pending submission at version 1; consent is kept as its moment, not as a flag. */
export function newSubmission(id: string, input: InitiativeInput, at: Date): Submission {
  const { consent: _consent, ...initiative } = input;
  const when = at.toISOString();
  return {
    id,
    status: 'pending',
    version: 1,
    createdAt: when,
    updatedAt: when,
    statusChangedAt: when,
    consentAt: when,
    initiative,
    lastTransition: { version: 1, at: when, who: SUBMITTER, from: null, to: 'pending', requestHash: creationRequestHash(input) },
  };
}

/** The audit entry of the change that produced this version of the submission. */
export function auditEntryOf(submission: Submission): AuditEntry {
  const { requestHash: _hash, ...entry } = submission.lastTransition;
  return entry;
}

function alreadyDecided(current: Submission): ConflictingChangeError {
  const labels = { published: 'goedgekeurd', rejected: 'afgewezen', withdrawn: 'ingetrokken door de indiener', pending: 'gewijzigd' } as const;
  const label = labels[current.status];
  return new ConflictingChangeError(`Deze aanmelding is al ${label}; alleen een aanmelding die wacht op beoordeling kan worden beoordeeld.`);
}

/**
 * The submission after a change of state at `at`: the next version, the new status, the change as
 * its `lastTransition` (the audit entry that travels with the state write), plus `extra` fields.
 */
function transition(
  current: Submission,
  change: { to: SubmissionStatus; who: string; at: Date; requestHash: string; reason?: string },
  extra: Partial<Submission> = {},
): Submission {
  const when = change.at.toISOString();
  const version = current.version + 1;
  const { to, who, reason, requestHash } = change;
  return {
    ...current,
    ...extra,
    status: to,
    version,
    updatedAt: when,
    statusChangedAt: when,
    lastTransition: { version, at: when, who, from: current.status, to, ...(reason === undefined ? {} : { reason }), requestHash },
  };
}

/** Fingerprint of an approval: who approves. The version is left out so a retry after a crash matches. */
export function approvalRequestHash(who: string): string {
  return fingerprint({ action: 'approve', who });
}

/** Publishes a pending submission; anything else is a conflict. */
export function approveSubmission(current: Submission, { who, at }: { who: string; at: Date }): Submission {
  if (current.status !== 'pending') throw alreadyDecided(current);
  const when = at.toISOString();
  return transition(current, { to: 'published', who, at, requestHash: approvalRequestHash(who) }, { publishedAt: when, decision: { by: who, at: when } });
}

/** Fingerprint of a rejection: who rejects and why. */
export function rejectionRequestHash(who: string, reason: string): string {
  return fingerprint({ action: 'reject', who, reason });
}

/** Rejects a pending submission with a reason for the submitter; anything else is a conflict. */
export function rejectSubmission(current: Submission, { who, reason, at }: { who: string; reason: string; at: Date }): Submission {
  if (current.status !== 'pending') throw alreadyDecided(current);
  return transition(
    current,
    { to: 'rejected', who, at, reason, requestHash: rejectionRequestHash(who, reason) },
    { decision: { by: who, at: at.toISOString(), reason } },
  );
}

/** Applies the fields of a correction: a value replaces, `null` clears, absence keeps. */
export function applyChanges<T extends StoredInitiative>(data: T, changes: InitiativeChanges): T {
  const next: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** Fingerprint of a correction: the version it starts from and the changes. */
export function correctionRequestHash(version: number, changes: InitiativeChanges): string {
  return fingerprint({ action: 'correct', version, changes });
}

/**
 * The submitter's correction, from any status back to `pending` for review. `version` is the one
 * the submitter saw; another one means someone changed it in between (409).
 */
export function correctSubmission(
  current: Submission,
  { version, changes, at }: { version: number; changes: InitiativeChanges; at: Date },
): Submission {
  // The version first: a correction that raced a withdrawal is a conflict like any other race.
  if (current.version !== version) {
    throw new ConflictingChangeError('De aanmelding is intussen veranderd. Open de beheerlink opnieuw en voer uw wijziging nog eens in.');
  }
  if (current.status === 'withdrawn') throw new SubmissionWithdrawnError();
  return transition(
    current,
    { to: 'pending', who: SUBMITTER, at, requestHash: correctionRequestHash(version, changes) },
    { initiative: applyChanges(current.initiative, changes) },
  );
}

/** Fingerprint of a withdrawal. It has no parameters, so every withdrawal request is "the same" and a retry finishes a crashed one. */
export function withdrawalRequestHash(): string {
  return fingerprint({ action: 'withdraw' });
}

/**
 * The submitter withdraws the submission, from any status but `withdrawn`. This version still
 * holds the contact: the confirmation mail needs the address, and `withoutPersonalData` erases it
 * right after (see `effectsOf` and the order of writes in `initiative-submissions.ts`).
 */
export function withdrawSubmission(current: Submission, { at }: { at: Date }): Submission {
  if (current.status === 'withdrawn') throw new SubmissionWithdrawnError();
  return transition(current, { to: 'withdrawn', who: SUBMITTER, at, requestHash: withdrawalRequestHash() });
}

/**
 * The withdrawn submission without its personal data: the contact (name and e-mail address, the
 * only personal fields of an initiative) is dropped. What the initiative wrote about the project
 * stays, so the audit trail still says what was withdrawn.
 */
export function withoutPersonalData(s: Submission): Submission {
  const { contact: _contact, ...initiative } = s.initiative;
  return { ...s, initiative };
}

/** Something that must happen outside the store because of a change. */
export type Effect =
  | { kind: 'mail-manage-link' }
  | { kind: 'mail-approval' }
  | { kind: 'mail-rejection'; reason: string }
  | { kind: 'mail-withdrawal' }
  | { kind: 'published-changed' }
  | { kind: 'erase-personal-data' };

/**
 * What a change requires besides its stored state and audit entry, in the order to run them. A
 * withdrawal ends with the erasure, after its confirmation mail: the mail needs the address, and
 * an erased address tells a retry that the mail already went.
 */
export function effectsOf(entry: AuditEntry): Effect[] {
  const effects: Effect[] = [];
  if (entry.from === null) effects.push({ kind: 'mail-manage-link' });
  if (entry.to === 'rejected') effects.push({ kind: 'mail-rejection', reason: entry.reason ?? '' });
  // Entering or leaving `published` changes the set of practice pages.
  if ((entry.to === 'published') !== (entry.from === 'published')) effects.push({ kind: 'published-changed' });
  // After the rebuild is asked for, so the page is on its way when the mail arrives.
  if (entry.to === 'published') effects.push({ kind: 'mail-approval' });
  if (entry.to === 'withdrawn') effects.push({ kind: 'mail-withdrawal' }, { kind: 'erase-personal-data' });
  return effects;
}

/** How long a change may still be busy with its effects before others finish it for it. */
export const COMPLETION_LEASE_MS = 30_000;

/** True when the change behind `entry` is recent enough that its own request may still be running. */
export function isRecentChange(entry: AuditEntry, now: Date): boolean {
  return now.getTime() - Date.parse(entry.at) < COMPLETION_LEASE_MS;
}

/** The submission as its submitter sees it through the manage link; a withdrawn one is gone. */
export function toManagedInitiative(s: Submission): ManagedInitiative {
  const { contact, ...fields } = s.initiative;
  if (s.status === 'withdrawn' || contact === undefined) throw new SubmissionWithdrawnError();
  return {
    id: s.id,
    status: s.status,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    initiative: { ...fields, contact },
    ...(s.status === 'rejected' && s.decision?.reason !== undefined ? { rejectionReason: s.decision.reason } : {}),
  };
}

/** The submission as moderators see it. */
export function toAdminSubmission(s: Submission): AdminSubmission {
  const { lastTransition: _last, ...rest } = s;
  return rest;
}

/**
 * The full audit trail: the stored entries, plus the latest change's entry when a crash kept it
 * from being written yet (it is always on the submission itself until then).
 */
export function historyOf(submission: Submission, stored: readonly AuditEntry[]): AuditEntry[] {
  const latest = auditEntryOf(submission);
  const history = [...stored];
  if (!history.some((e) => e.version === latest.version)) history.push(latest);
  return history.sort((a, b) => a.version - b.version);
}
