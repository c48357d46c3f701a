/**
 * The rules of an entry in the employer register, as pure functions (no store, no clock, no mail):
 *
 *   (new) ──register──▶ unverified ──verify (mail link, 7 days)──▶ verified ◀──┐
 *                          │                                        │  ▲      │ update, remind,
 *                 7 days   │                          hide (moderator,  │ restore / confirm (stale)
 *                 unused   ▼                          reason) or stale  ▼  │      │ confirm
 *                       (deleted)                                     hidden ─────┘
 *
 *   verified, hidden ──withdraw (the employer)──▶ withdrawn (final: contact erased)
 *
 * Freshness: a verified entry whose `confirmedAt` is 12 months old gets the yearly 'still open'
 * mail (`remind`, which sets `remindedAt`); 30 days after that mail without a confirmation it is
 * hidden as stale. Confirming renews `confirmedAt`, clears `remindedAt` and brings a stale entry
 * back; an entry a moderator hid stays hidden until a moderator restores it.
 *
 * Every change produces the next version with its audit entry in `lastTransition` (plus the
 * fingerprint of the request), exactly as submissions do (`submission-rules.ts`); `effectsOf`
 * says what must happen outside the store. The use cases are in `employer-register.ts`.
 */
import {
  EMPLOYER_ACTOR,
  SYSTEM_ACTOR,
  type AdminEmployer,
  type EmployerAction,
  type EmployerAuditEntry,
  type EmployerChanges,
  type EmployerInput,
  type EmployerListQuery,
  type EmployerStatus,
  type ManagedEmployer,
  type PublicEmployer,
  type StoredEmployer,
  type StoredEmployerData,
} from '#contracts/employer';
import { ConflictingChangeError } from './errors.ts';
import { EmployerWithdrawnError } from './employer-errors.ts';
import { fingerprint } from './fingerprint.ts';

const DAY_MS = 86_400_000;
/** An unverified registration (and its verify link) lives this many days. */
export const UNVERIFIED_DAYS = 7;
/** A verified entry is asked to confirm after this many months without a confirmation. */
export const CONFIRM_AFTER_MONTHS = 12;
/** Days between the 'still open' mail and hiding an entry that did not answer. */
export const STALE_AFTER_REMINDER_DAYS = 30;
/** How long a yearly confirm link works: longer than a year, so a stale entry can come back until the next mail. */
export const CONFIRM_TOKEN_DAYS = 400;
/** How long a change may still be busy with its effects before others finish it for it. */
export const COMPLETION_LEASE_MS = 30_000;

/** `at` plus whole UTC calendar months (31 January + 1 month is 3 March, as `Date` counts). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** `at` plus days. */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** When an unverified registration made at `createdAt` expires (and its verify link with it). */
export function unverifiedExpiresAt(createdAt: string): Date {
  return addDays(new Date(createdAt), UNVERIFIED_DAYS);
}

/** True when an unverified entry is past its 7 days (readers check, since TTL and the sweep delete late). */
export function isExpiredRegistration(e: Pick<StoredEmployer, 'status' | 'createdAt'>, now: Date): boolean {
  return e.status === 'unverified' && unverifiedExpiresAt(e.createdAt).getTime() <= now.getTime();
}

/** True when the entry is in the public register (and in matching). */
export function isVisible(e: Pick<StoredEmployer, 'status'>): boolean {
  return e.status === 'verified';
}

/**
 * When the upkeep must next look at a verified entry: 12 months after its confirmation, or, once
 * the 'still open' mail went, 30 days after that. The repository sorts the verified entries by it,
 * so the upkeep reads exactly the entries that are due (a keyed query, never the whole register).
 */
export function freshnessDueAt(e: Pick<StoredEmployer, 'confirmedAt' | 'remindedAt' | 'statusChangedAt'>): Date {
  if (e.remindedAt !== undefined) return addDays(new Date(e.remindedAt), STALE_AFTER_REMINDER_DAYS);
  return addMonths(new Date(e.confirmedAt ?? e.statusChangedAt), CONFIRM_AFTER_MONTHS);
}

/** What the upkeep does with an entry now: send the yearly mail, hide it as stale, or nothing. */
export function freshnessAction(e: StoredEmployer, now: Date): 'remind' | 'hide-stale' | 'none' {
  if (e.status !== 'verified' || freshnessDueAt(e).getTime() > now.getTime()) return 'none';
  return e.remindedAt === undefined ? 'remind' : 'hide-stale';
}

/** Fingerprint of a registration: its validated body. */
export function registrationRequestHash(input: EmployerInput): string {
  return fingerprint({ action: 'register', input });
}

/** A new unverified entry at version 1; consent is kept as its moment, not as a flag. */
export function newEmployer(id: string, input: EmployerInput, at: Date): StoredEmployer {
  const { consent: _consent, ...employer } = input;
  const when = at.toISOString();
  return {
    id,
    status: 'unverified',
    version: 1,
    createdAt: when,
    updatedAt: when,
    statusChangedAt: when,
    consentAt: when,
    employer,
    lastTransition: {
      version: 1,
      at: when,
      who: EMPLOYER_ACTOR,
      action: 'register',
      from: null,
      to: 'unverified',
      requestHash: registrationRequestHash(input),
    },
  };
}

/** The audit entry of the registration, derivable at any later version (its own item expires with the registration's 7 days). */
export function registrationAuditEntry(e: Pick<StoredEmployer, 'createdAt'>): EmployerAuditEntry {
  return { version: 1, at: e.createdAt, who: EMPLOYER_ACTOR, action: 'register', from: null, to: 'unverified' };
}

/** The audit entry of the change that produced this version. */
export function auditEntryOf(e: StoredEmployer): EmployerAuditEntry {
  const { requestHash: _hash, ...entry } = e.lastTransition;
  return entry;
}

/** What the projection holds for this version: its match inputs while it is visible, else nothing. */
export function projectionOf(e: StoredEmployer): StoredEmployer['projectedBefore'] {
  if (!isVisible(e)) return undefined;
  const { regions, sectors, languageLevel } = e.employer;
  return { regions, sectors, languageLevel };
}

/**
 * The entry after a change at `at`: the next version, the new status, the change as
 * `lastTransition`, the previous version's projection as `projectedBefore`, plus `extra` fields.
 * `statusChangedAt` moves only when the status does.
 */
function transition(
  current: StoredEmployer,
  change: { action: EmployerAction; to: EmployerStatus; who: string; at: Date; requestHash: string; reason?: string | undefined },
  extra: Partial<StoredEmployer> = {},
): StoredEmployer {
  const when = change.at.toISOString();
  const version = current.version + 1;
  const { action, to, who, reason, requestHash } = change;
  const { projectedBefore: _old, ...rest } = current;
  const before = projectionOf(current);
  const next: StoredEmployer = {
    ...rest,
    ...extra,
    status: to,
    version,
    updatedAt: when,
    statusChangedAt: to === current.status ? current.statusChangedAt : when,
    lastTransition: { version, at: when, who, action, from: current.status, to, ...(reason === undefined ? {} : { reason }), requestHash },
  };
  if (before) next.projectedBefore = before;
  return next;
}

function withoutKeys(e: StoredEmployer, keys: readonly ('hidden' | 'remindedAt')[]): StoredEmployer {
  const copy: Record<string, unknown> = { ...e };
  for (const key of keys) delete copy[key];
  return copy as StoredEmployer;
}

function gone(current: StoredEmployer): void {
  if (current.status === 'withdrawn') throw new EmployerWithdrawnError();
}

/** Fingerprint of a verification: the hash of the verify token (a retry with the same link matches). */
export function verificationRequestHash(tokenHash: string): string {
  return fingerprint({ action: 'verify', tokenHash });
}

/** The e-mail address is confirmed: unverified → verified, confirmed now. */
export function verifyEmployer(current: StoredEmployer, { at, requestHash }: { at: Date; requestHash: string }): StoredEmployer {
  if (current.status !== 'unverified') throw new ConflictingChangeError('Deze aanmelding is al bevestigd.');
  const when = at.toISOString();
  return transition(current, { action: 'verify', to: 'verified', who: EMPLOYER_ACTOR, at, requestHash }, { verifiedAt: when, confirmedAt: when });
}

/** Applies the fields of a change: a value replaces, `null` clears, absence keeps. */
export function applyEmployerChanges(data: StoredEmployerData, changes: EmployerChanges): StoredEmployerData {
  const next: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as StoredEmployerData;
}

/** Fingerprint of an update: the version it starts from and the changes. */
export function updateRequestHash(version: number, changes: EmployerChanges): string {
  return fingerprint({ action: 'update', version, changes });
}

/** The message of a stale version, for the manage page to show as it is. */
export const STALE_VERSION_MESSAGE =
  'Uw gegevens zijn intussen op een andere plek veranderd. Er is niets overschreven. Open de beheerlink opnieuw, bekijk de nieuwe gegevens en voer uw wijziging nog eens in.';

/**
 * The employer's own change through the manage link. `version` is the one it saw; another one
 * means someone changed the entry in between (409, nothing overwritten). The status stays: a
 * verified entry stays in the register, a hidden one stays hidden.
 */
export function updateEmployer(
  current: StoredEmployer,
  { version, changes, at }: { version: number; changes: EmployerChanges; at: Date },
): StoredEmployer {
  if (current.version !== version) throw new ConflictingChangeError(STALE_VERSION_MESSAGE);
  gone(current);
  if (current.status === 'unverified') throw new ConflictingChangeError('Bevestig eerst uw aanmelding met de link uit de e-mail.');
  return transition(
    current,
    { action: 'update', to: current.status, who: EMPLOYER_ACTOR, at, requestHash: updateRequestHash(version, changes) },
    { employer: applyEmployerChanges(current.employer, changes) },
  );
}

/** Fingerprint of the yearly 'still open' mail: the confirmation it asks about. */
export function reminderRequestHash(confirmedAt: string | undefined): string {
  return fingerprint({ action: 'remind', confirmedAt });
}

/** The upkeep asks a verified entry whether it is still open: `remindedAt` set, status unchanged. */
export function remindEmployer(current: StoredEmployer, { at }: { at: Date }): StoredEmployer {
  if (current.status !== 'verified' || current.remindedAt !== undefined) throw new ConflictingChangeError('Deze werkgever is al om een bevestiging gevraagd.');
  return transition(
    current,
    { action: 'remind', to: 'verified', who: SYSTEM_ACTOR, at, requestHash: reminderRequestHash(current.confirmedAt) },
    { remindedAt: at.toISOString() },
  );
}

/** Fingerprint of a stale-hiding: the reminder it follows. */
export function staleRequestHash(remindedAt: string | undefined): string {
  return fingerprint({ action: 'stale', remindedAt });
}

/** The upkeep hides a verified entry that did not answer the 'still open' mail within 30 days. */
export function hideStaleEmployer(current: StoredEmployer, { at }: { at: Date }): StoredEmployer {
  if (current.status !== 'verified' || current.remindedAt === undefined) throw new ConflictingChangeError('Deze werkgever is niet verouderd.');
  return transition(
    current,
    { action: 'stale', to: 'hidden', who: SYSTEM_ACTOR, at, requestHash: staleRequestHash(current.remindedAt) },
    { hidden: { kind: 'stale', by: SYSTEM_ACTOR, at: at.toISOString() } },
  );
}

/** Fingerprint of a confirmation: the moment, to the day (a double click on the same day is the same request). */
export function confirmationRequestHash(at: Date): string {
  return fingerprint({ action: 'confirm', day: at.toISOString().slice(0, 10) });
}

/**
 * The employer says it is still open to statushouders: `confirmedAt` renewed, the reminder
 * cleared. A stale entry returns to the register; an entry a moderator hid stays hidden.
 */
export function confirmEmployer(current: StoredEmployer, { at }: { at: Date }): StoredEmployer {
  gone(current);
  if (current.status === 'unverified') throw new ConflictingChangeError('Bevestig eerst uw aanmelding met de link uit de eerste e-mail.');
  const stale = current.status === 'hidden' && current.hidden?.kind === 'stale';
  const to: EmployerStatus = stale ? 'verified' : current.status;
  return transition(
    withoutKeys(current, stale ? ['remindedAt', 'hidden'] : ['remindedAt']),
    { action: 'confirm', to, who: EMPLOYER_ACTOR, at, requestHash: confirmationRequestHash(at) },
    { confirmedAt: at.toISOString() },
  );
}

/** Fingerprint of a moderator's hiding: who and why. */
export function hideRequestHash(who: string, reason: string): string {
  return fingerprint({ action: 'hide', who, reason });
}

/** A moderator hides a verified entry with a reason (mailed to the employer). */
export function hideEmployer(current: StoredEmployer, { who, reason, at }: { who: string; reason: string; at: Date }): StoredEmployer {
  gone(current);
  if (current.status !== 'verified') {
    throw new ConflictingChangeError(
      current.status === 'hidden' ? 'Deze werkgever is al verborgen.' : 'Alleen een bevestigde werkgever in het register kan worden verborgen.',
    );
  }
  return transition(current, { action: 'hide', to: 'hidden', who, at, reason, requestHash: hideRequestHash(who, reason) }, {
    hidden: { kind: 'moderator', by: who, at: at.toISOString(), reason },
  });
}

/** Fingerprint of a restore: who and why. */
export function restoreRequestHash(who: string, reason: string | undefined): string {
  return fingerprint({ action: 'restore', who, reason });
}

/**
 * A moderator brings a hidden entry back into the register. A stale one starts a fresh freshness
 * round: its reminder is cleared, so the upkeep asks again (its confirmation is still old).
 */
export function restoreEmployer(current: StoredEmployer, { who, reason, at }: { who: string; reason?: string | undefined; at: Date }): StoredEmployer {
  gone(current);
  if (current.status !== 'hidden') throw new ConflictingChangeError('Alleen een verborgen werkgever kan worden teruggezet.');
  return transition(withoutKeys(current, ['hidden', 'remindedAt']), {
    action: 'restore',
    to: 'verified',
    who,
    at,
    reason,
    requestHash: restoreRequestHash(who, reason),
  });
}

/** Fingerprint of a withdrawal: no parameters, so a retry finishes a crashed one. */
export function withdrawalRequestHash(): string {
  return fingerprint({ action: 'withdraw' });
}

/**
 * The employer leaves the register. This version still holds the contact (the confirmation mail
 * needs the address); `withoutPersonalData` erases it right after (see `effectsOf`).
 */
export function withdrawEmployer(current: StoredEmployer, { at }: { at: Date }): StoredEmployer {
  gone(current);
  return transition(withoutKeys(current, ['hidden', 'remindedAt']), { action: 'withdraw', to: 'withdrawn', who: EMPLOYER_ACTOR, at, requestHash: withdrawalRequestHash() });
}

/** The withdrawn entry without personal data: the contact (name, e-mail, phone) is dropped; the company data stays for the audit trail. */
export function withoutPersonalData(e: StoredEmployer): StoredEmployer {
  const { contact: _contact, ...employer } = e.employer;
  return { ...e, employer };
}

/** Something that must happen outside the entry's own write because of a change. */
export type EmployerEffect =
  | { kind: 'mail-verify-link' }
  | { kind: 'release-kvk' }
  | { kind: 'sync-projection' }
  | { kind: 'published-changed' }
  | { kind: 'mail-verified' }
  | { kind: 'mail-reminder' }
  | { kind: 'mail-stale' }
  | { kind: 'mail-hidden'; reason: string }
  | { kind: 'mail-restored' }
  | { kind: 'mail-withdrawal' }
  | { kind: 'erase-personal-data' };

/**
 * What a change requires besides its stored state and audit entry, in the order to run them: the
 * store first (claim, projection), then the rebuild, then mails, and a withdrawal's erasure last
 * (the mail before it needs the address; an erased address tells a retry the mail went).
 */
export function effectsOf(entry: EmployerAuditEntry): EmployerEffect[] {
  const effects: EmployerEffect[] = [];
  if (entry.action === 'register') return [{ kind: 'mail-verify-link' }];
  if (entry.action === 'remind') return [{ kind: 'mail-reminder' }];
  if (entry.to === 'withdrawn') effects.push({ kind: 'release-kvk' });
  effects.push({ kind: 'sync-projection' });
  // What the register shows changed when the entry is (or was) in it.
  if (entry.from === 'verified' || entry.to === 'verified') effects.push({ kind: 'published-changed' });
  if (entry.action === 'verify') effects.push({ kind: 'mail-verified' });
  if (entry.action === 'stale') effects.push({ kind: 'mail-stale' });
  if (entry.action === 'hide') effects.push({ kind: 'mail-hidden', reason: entry.reason ?? '' });
  if (entry.action === 'restore') effects.push({ kind: 'mail-restored' });
  if (entry.action === 'withdraw') effects.push({ kind: 'mail-withdrawal' }, { kind: 'erase-personal-data' });
  return effects;
}

/** True when the change behind `entry` is recent enough that its own request may still be running. */
export function isRecentChange(entry: Pick<EmployerAuditEntry, 'at'>, now: Date): boolean {
  return now.getTime() - Date.parse(entry.at) < COMPLETION_LEASE_MS;
}

/** The claim of a KvK number in the register: which entry holds it since when. */
export type KvkClaim = { kvk: string; employerId: string; claimedAt: string };

/**
 * Whether `requester` may take the KvK number that `claim` (held by `holder`) covers:
 * - `free`: nobody holds it, or the holder left, vanished, or is an unverified entry whose
 *   verification stopped half-way (older than the lease);
 * - `mine`: the requester holds it already (a retry);
 * - `busy`: an unverified holder is being verified right now (try again shortly);
 * - `taken`: a verified or hidden entry holds it (409: one entry per company).
 * Unverified registrations never hold a number, so nobody can block a company by registering it.
 */
export function kvkClaimDecision(
  claim: KvkClaim | undefined,
  holder: Pick<StoredEmployer, 'id' | 'status'> | undefined,
  requester: string | undefined,
  now: Date,
): 'free' | 'mine' | 'busy' | 'taken' {
  if (!claim) return 'free';
  if (claim.employerId === requester) return 'mine';
  if (!holder || holder.id !== claim.employerId || holder.status === 'withdrawn') return 'free';
  if (holder.status === 'verified' || holder.status === 'hidden') return 'taken';
  return isRecentChange({ at: claim.claimedAt }, now) ? 'busy' : 'free';
}

/** The entry as the public sees it: company data only. Undefined unless it is in the register. */
export function toPublicEmployer(e: StoredEmployer): PublicEmployer | undefined {
  if (!isVisible(e) || e.verifiedAt === undefined) return undefined;
  const { name, kvk, website, description, regions, sectors, offers, languageLevel, educationLevel, skills } = e.employer;
  return {
    id: e.id,
    name,
    kvk,
    ...(website === undefined ? {} : { website }),
    ...(description === undefined ? {} : { description }),
    regions,
    sectors,
    offers,
    languageLevel,
    ...(educationLevel === undefined ? {} : { educationLevel }),
    skills: skills ?? [],
    verifiedAt: e.verifiedAt,
    confirmedAt: e.confirmedAt ?? e.verifiedAt,
  };
}

/** The entry as its employer sees it through the manage link; a withdrawn one is gone. */
export function toManagedEmployer(e: StoredEmployer): ManagedEmployer {
  const { contact, ...fields } = e.employer;
  if (e.status === 'withdrawn' || contact === undefined) throw new EmployerWithdrawnError();
  return {
    id: e.id,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...(e.verifiedAt === undefined ? {} : { verifiedAt: e.verifiedAt }),
    ...(e.confirmedAt === undefined ? {} : { confirmedAt: e.confirmedAt }),
    employer: { ...fields, contact },
    ...(e.status === 'hidden' && e.hidden
      ? { hidden: { kind: e.hidden.kind, ...(e.hidden.reason === undefined ? {} : { reason: e.hidden.reason }) } }
      : {}),
  };
}

/** The entry as moderators see it (contact data included while it exists). */
export function toAdminEmployer(e: StoredEmployer): AdminEmployer {
  const { lastTransition: _last, projectedBefore: _projected, ...rest } = e;
  return rest;
}

/**
 * The full audit trail, oldest first: the stored entries, the registration (its own item expires
 * with the registration's 7 days, but it is derivable), and the latest change's entry when a crash
 * kept it from being written yet (it is on the entry itself until then).
 */
export function employerHistoryOf(e: StoredEmployer, stored: readonly EmployerAuditEntry[]): EmployerAuditEntry[] {
  const history = [...stored];
  for (const entry of [auditEntryOf(e), registrationAuditEntry(e)]) {
    if (!history.some((h) => h.version === entry.version)) history.push(entry);
  }
  return history.sort((a, b) => a.version - b.version);
}

const LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** The CEFR levels up to and including `level`: the employers asking at most that are within reach. */
export function levelsUpTo(level: (typeof LEVELS)[number]): (typeof LEVELS)[number][] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** The filters of the public list (`GET /api/employers`), without paging. */
export type EmployerFilter = Pick<EmployerListQuery, 'region' | 'sector' | 'offer' | 'languageLevel'>;

/**
 * True when a public employer passes the register's filters. One rule for the API, the static
 * pages and the browser: `region` also matches employers that work nationwide (`landelijk`);
 * `languageLevel` keeps the employers that ask at most that level; `sector` and `offer` match a
 * value in the list.
 */
export function employerMatchesFilter(e: Pick<PublicEmployer, 'regions' | 'sectors' | 'offers' | 'languageLevel'>, filter: EmployerFilter): boolean {
  if (filter.region !== undefined && !e.regions.includes(filter.region) && !e.regions.includes('landelijk')) return false;
  if (filter.sector !== undefined && !e.sectors.includes(filter.sector)) return false;
  if (filter.offer !== undefined && !e.offers.includes(filter.offer)) return false;
  if (filter.languageLevel !== undefined && !levelsUpTo(filter.languageLevel).includes(e.languageLevel)) return false;
  return true;
}

/**
 * An entry that is verified from the start, for the seed script's import
 * (`importVerifiedEmployers`): version 1, verified and confirmed at `at`, audited as the system's.
 */
export function seededEmployer(id: string, data: StoredEmployerData & { contact: NonNullable<StoredEmployerData['contact']> }, at: Date): StoredEmployer {
  const when = at.toISOString();
  return {
    id,
    status: 'verified',
    version: 1,
    createdAt: when,
    updatedAt: when,
    statusChangedAt: when,
    consentAt: when,
    verifiedAt: when,
    confirmedAt: when,
    employer: data,
    lastTransition: { version: 1, at: when, who: SYSTEM_ACTOR, action: 'verify', from: null, to: 'verified', requestHash: fingerprint({ action: 'seed', id }) },
  };
}
