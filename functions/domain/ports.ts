/**
 * What the initiative use cases need from the outside world, as types only. The DynamoDB
 * repositories and the mail adapters implement these; tests may pass fakes. Keeping the ports here
 * lets the domain stay free of `@aws-sdk/*` (STYLE.md, habit 2).
 */
import type { IdempotencyRecord, StoredResponse } from '#contracts/idempotency';
import type { AuditEntry, Submission, SubmissionStatus } from '#contracts/initiative';
import type { MailMessage } from '#contracts/mail';

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
  send(message: MailMessage): Promise<void>;
};

/** Everything the initiative use cases depend on. */
export type InitiativeDependencies = {
  submissions: SubmissionStore;
  idempotency: IdempotencyStore;
  rateLimits: RateLimitStore;
  mailer: Mailer;
  /** Base of links in mails, without trailing slash. */
  publicBaseUrl: string;
  /** Creating requests per client address per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Secret key of the hash under which client addresses are counted (the signing key). */
  addressKey: string;
  now: () => Date;
  newId: () => string;
  newToken: () => string;
  /** Called when the set of published submissions changed (the site should be rebuilt). */
  onPublishedChanged: () => void;
};
