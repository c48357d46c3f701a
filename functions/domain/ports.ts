/**
 * What the initiative use cases need from the outside world, as types only. The DynamoDB
 * repositories and the mail adapters implement these; tests may pass fakes. Keeping the ports here
 * lets the domain stay free of `@aws-sdk/*` (STYLE.md, habit 2).
 */
import type { IdempotencyRecord, StoredResponse } from '#contracts/idempotency';
import type { AuditEntry, Submission, SubmissionStatus } from '#contracts/initiative';
import type { MailMessage } from '#contracts/mail';
import type { EmployerAuditEntry, EmployerStatus, StoredEmployer } from '#contracts/employer';
import type { EmployerFilter, KvkClaim } from './employer-rules.ts';
import type { EmployerCandidate } from './matching.ts';
import type { PartitionRead } from './match-search.ts';

/** A page of a list, with an opaque cursor for the next page (`null` at the end). */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** Storage of submissions, their audit trail and their manage tokens. */
export type SubmissionStore = {
  /** The submission, read consistently; undefined when absent. */
  get(id: string): Promise<Submission | undefined>;
  /** Stores a new submission; `exists` when the id is taken (the caller's retry already stored it). */
  insert(submission: Submission): Promise<'written' | 'exists'>;
  /** Replaces the submission when the stored version is still `expectedVersion`; `stale` otherwise. */
  replace(next: Submission, expectedVersion: number): Promise<'written' | 'stale'>;
  /**
   * Replaces a withdrawn submission by `erased` (the same version without personal data) while the
   * stored one is still that withdrawn version; `stale` otherwise. Repeating it changes nothing.
   */
  erasePersonalData(erased: Submission): Promise<'written' | 'stale'>;
  /** Stores an audit entry under its version unless one is there; `exists` then. */
  putAuditEntry(id: string, entry: AuditEntry): Promise<'written' | 'exists'>;
  /** True when the audit entry of `version` is stored. */
  hasAuditEntry(id: string, version: number): Promise<boolean>;
  /** The submission and its stored audit entries (oldest first), in one query. */
  getWithHistory(id: string): Promise<{ submission: Submission; history: AuditEntry[] } | undefined>;
  /** Links the SHA-256 hash of a manage token to a submission. */
  putManageToken(tokenHash: string, submissionId: string, at: string): Promise<void>;
  /** The submission id a manage token hash belongs to. */
  findIdByManageToken(tokenHash: string): Promise<string | undefined>;
  /** A page of one status queue, the latest status change first; an unusable cursor throws `InvalidInputError`. */
  listByStatus(status: SubmissionStatus, options: { limit: number; cursor?: string | undefined }): Promise<Page<Submission>>;
  /** Every published submission (for the site build). */
  listPublished(): Promise<Submission[]>;
};

/** Storage of idempotency records, per scope (the route) and SHA-256 of the key. */
export type IdempotencyStore = {
  /** The record, or undefined when there is none or it expired. */
  get(scope: string, keyHash: string, now: Date): Promise<IdempotencyRecord | undefined>;
  /** Stores a `started` record unless a live one exists; `taken` then. */
  claim(scope: string, keyHash: string, record: IdempotencyRecord, now: Date): Promise<'claimed' | 'taken'>;
  /** Marks the record completed with the answer to replay. */
  complete(scope: string, keyHash: string, response: StoredResponse): Promise<void>;
};

/** Fixed-window counters per scope and hashed client address. */
export type RateLimitStore = {
  /** Adds one hit to the window starting at `windowStart` (epoch seconds) and returns the count. */
  hit(scope: string, subjectHash: string, windowStart: number, windowSeconds: number): Promise<number>;
};

/** Sends mail (the local outbox, or SES on AWS). */
export type Mailer = {
  /** Sends or queues the message; a transport that fails rejects with a `MailDeliveryError` (`errors.ts`). */
  send(message: MailMessage): Promise<void>;
};

/**
 * What every use case that takes registrations from the public depends on (initiatives and the
 * employer register alike): idempotency, the rate limit, mail, links and the site rebuild.
 */
export type RegistrationDependencies = {
  idempotency: IdempotencyStore;
  rateLimits: RateLimitStore;
  mailer: Mailer;
  /** Base of links in mails, without trailing slash. */
  publicBaseUrl: string;
  /** Creating requests (and lost-link requests) per client address per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Secret key of the hash under which client addresses are counted (the signing key). */
  addressKey: string;
  now: () => Date;
  newId: () => string;
  newToken: () => string;
  /** Called when what the site shows changed (published submissions, the public register): rebuild it. */
  onPublishedChanged: () => void;
};

/** Everything the initiative use cases depend on. */
export type InitiativeDependencies = RegistrationDependencies & { submissions: SubmissionStore };

/**
 * A token of the employer register, stored only under its SHA-256 hash: a verify link (7 days,
 * one use), a manage link (no expiry) or a yearly confirm link (400 days).
 */
export type EmployerToken = {
  kind: 'employer-verify' | 'employer-manage' | 'employer-confirm';
  employerId: string;
  createdAt: string;
  /** ISO instant after which the token no longer works (and the store may delete it). */
  expiresAt?: string | undefined;
  /** When a one-use token was used. */
  usedAt?: string | undefined;
};

/** Storage of the employer register: entries, audit trail, tokens, KvK claims and the match projection. */
export type EmployerStore = {
  /** The entry, read consistently; undefined when absent. */
  get(id: string): Promise<StoredEmployer | undefined>;
  /** Stores a new entry; `exists` when the id is taken. */
  insert(employer: StoredEmployer): Promise<'written' | 'exists'>;
  /** Replaces the entry when the stored version is still `expectedVersion`; `stale` otherwise. */
  replace(next: StoredEmployer, expectedVersion: number): Promise<'written' | 'stale'>;
  /** Replaces a withdrawn entry by `erased` (same version, no contact) while it is still that version; `stale` otherwise. */
  erasePersonalData(erased: StoredEmployer): Promise<'written' | 'stale'>;
  /** Stores an audit entry under its version unless one is there (`exists`), and marks the change complete. */
  putAuditEntry(id: string, entry: EmployerAuditEntry): Promise<'written' | 'exists'>;
  /** True when the audit entry of `version` is stored. */
  hasAuditEntry(id: string, version: number): Promise<boolean>;
  /** The entry and its stored audit entries (oldest first). */
  getWithHistory(id: string): Promise<{ employer: StoredEmployer; history: EmployerAuditEntry[] } | undefined>;
  /** Stores a token under the hash of its value; a hash is never reused. */
  putToken(tokenHash: string, token: EmployerToken): Promise<void>;
  /** The token stored under this hash, or undefined. */
  findToken(tokenHash: string): Promise<EmployerToken | undefined>;
  /** Marks a one-use token used (repeating it changes nothing). */
  markTokenUsed(tokenHash: string, at: string): Promise<void>;
  /** The claim on a KvK number, if any. */
  getKvkClaim(kvk: string): Promise<KvkClaim | undefined>;
  /** Writes `claim` if the stored claim is still `seen` (absent when undefined); `changed` otherwise. */
  claimKvk(claim: KvkClaim, seen: KvkClaim | undefined): Promise<'written' | 'changed'>;
  /** Deletes the claim on `kvk` if `employerId` holds it. */
  releaseKvk(kvk: string, employerId: string): Promise<void>;
  /** Makes the match projection agree with this version of the entry (idempotent). */
  syncMatchProjection(employer: StoredEmployer): Promise<void>;
  /** A page of one status, for moderators; an unusable cursor throws `InvalidInputError`. */
  listByStatus(status: EmployerStatus, options: { limit: number; cursor?: string | undefined }): Promise<Page<StoredEmployer>>;
  /** A page of the verified entries that pass `filter`; an unusable cursor throws `InvalidInputError`. */
  listPublic(filter: EmployerFilter, options: { limit: number; cursor?: string | undefined }): Promise<Page<StoredEmployer>>;
  /** Verified entries whose freshness is due at `now` (`freshnessDueAt` ≤ now), oldest due first, at most `limit`. */
  listDue(now: Date, limit: number): Promise<StoredEmployer[]>;
  /** Entries whose latest change began before `before` and is not complete, at most `limit`. */
  listUnfinished(before: Date, limit: number): Promise<StoredEmployer[]>;
};

/** Everything the employer register's use cases depend on. */
export type EmployerDependencies = RegistrationDependencies & { employers: EmployerStore };

/**
 * Reads employer candidates for matching from the match projection: one keyed Query per planned
 * partition read (`match-search.ts`), never a scan. An employer in several of the partitions may
 * come back more than once.
 */
export type MatchCandidateStore = {
  read(reads: readonly PartitionRead[]): Promise<EmployerCandidate[]>;
};
