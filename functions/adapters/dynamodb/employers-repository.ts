/**
 * The employer register in DynamoDB: the entry item, its audit entries, its tokens (verify,
 * manage, confirm), the KvK claims and the match projection (keys in `table.ts`). Implements the
 * `EmployerStore` port; the only module that reads or writes these items.
 *
 * Each function is one request to the store (the projection sync and the import a few), and each
 * write is conditional so that it can be repeated safely. The order in which the use cases combine
 * them is documented at the use cases (`functions/domain/employer-register.ts`):
 *   (verification only) KvK claim → state write (with the audit entry inside and the "unfinished"
 *   mark) → effects (KvK release, projection, rebuild, mail, a withdrawal's erasure) → audit item
 *   (which clears the mark).
 *
 * Expiry: an unverified entry, its registration audit item and its verify token carry `expiresAt`
 * (epoch seconds, the table's TTL attribute on AWS) 7 days after the registration, and the gsi2
 * partition `EXPIRES#<day>` in which `expiry-sweep.ts` finds them where there is no TTL (dynalite,
 * DynamoDB Local). The verification's state write drops both from the entry, so a verified entry
 * never expires; the sweep's delete is conditional on `expiresAt` being past, so an entry
 * verified at the last moment stays. The registration's audit item does expire: the detail view
 * derives it (`employerHistoryOf`).
 *
 * Unfinished changes: from the first change after the registration on, the state write puts the
 * entry in the gsi2 partition `EMP#UNFINISHED` (sort key `<change at>#<id>`) and the audit item's
 * write takes it out again, so the upkeep finds changes that stopped half-way with one query.
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import {
  employerAuditEntrySchema,
  storedEmployerSchema,
  type EmployerAuditEntry,
  type EmployerStatus,
  type StoredEmployer,
} from '#contracts/employer';
import { InvalidInputError } from '#domain/errors';
import { auditEntryOf, freshnessDueAt, levelsUpTo, UNVERIFIED_DAYS, type EmployerFilter, type KvkClaim } from '#domain/employer-rules';
import type { EmployerStore, EmployerToken, Page } from '#domain/ports';
import { documentClient, tableName } from './client.ts';
import { isConditionFailure } from './conditional-writes.ts';
import { itemExists, partitionItems } from './item-reads.ts';
import { batchPut, matchProjectionItems, projectionBefore, syncMatchProjection } from './employer-match-projection.ts';
import { expiryPartition, GSI1, GSI2 } from './table.ts';

const pkOf = (id: string) => `EMP#${id}`;
const META = 'META';
const AUDIT_PREFIX = 'AUDIT#';
/** Audit sort key of the change that produced `version` (zero-padded so the trail sorts). */
export const employerAuditSortKey = (version: number) => `${AUDIT_PREFIX}${String(version).padStart(10, '0')}`;
const statusPartition = (status: EmployerStatus) => `EMP#STATUS#${status}`;
const tokenKey = (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' });
const kvkKey = (kvk: string) => ({ pk: `KVK#${kvk}`, sk: 'KVK' });
/** The gsi2 partition of entries whose latest change is not complete. */
export const UNFINISHED_PARTITION = 'EMP#UNFINISHED';
const TOKEN_KINDS = new Set<EmployerToken['kind']>(['employer-verify', 'employer-manage', 'employer-confirm']);
const DAY_S = 86_400;

type Item = Record<string, unknown>;

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * The gsi1 sort key: for a verified entry the moment its freshness is due (so the upkeep reads
 * the due ones with one range query, and the register lists the most recently confirmed first),
 * for the other statuses the moment it entered the status.
 */
function statusSortKey(e: StoredEmployer): string {
  const at = e.status === 'verified' ? freshnessDueAt(e).toISOString() : e.statusChangedAt;
  return `${at}#${e.id}`;
}

function expiryAttributes(pk: string, createdAt: string): Item {
  const expiresAt = epochSeconds(createdAt) + UNVERIFIED_DAYS * DAY_S;
  return { expiresAt, gsi2pk: expiryPartition(expiresAt), gsi2sk: pk };
}

function toItem(e: StoredEmployer, options: { unfinished: boolean }): Item {
  const pk = pkOf(e.id);
  const gsi2 =
    e.status === 'unverified'
      ? expiryAttributes(pk, e.createdAt)
      : options.unfinished
        ? { gsi2pk: UNFINISHED_PARTITION, gsi2sk: `${e.lastTransition.at}#${e.id}` }
        : {};
  return { pk, sk: META, gsi1pk: statusPartition(e.status), gsi1sk: statusSortKey(e), ...gsi2, ...e };
}

// Parse, don't cast: what comes back is checked against the schema it was written with.
function fromItem(item: Item): StoredEmployer {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, expiresAt: _exp, ...rest } = item;
  return storedEmployerSchema.parse(rest);
}

function auditFromItem(item: Item): EmployerAuditEntry {
  const { pk: _pk, sk: _sk, gsi2pk: _g2, gsi2sk: _g2s, expiresAt: _exp, ...rest } = item;
  return employerAuditEntrySchema.parse(rest);
}

function auditItem(id: string, entry: EmployerAuditEntry): Item {
  const pk = pkOf(id);
  // The registration's entry expires with the registration (an unverified entry leaves nothing behind).
  const expiry = entry.action === 'register' && entry.from === null ? expiryAttributes(pk, entry.at) : {};
  return { pk, sk: employerAuditSortKey(entry.version), ...expiry, ...employerAuditEntrySchema.parse(entry) };
}

async function conditionalPut(input: { Item: Item; ConditionExpression: string; names?: Record<string, string>; values?: Record<string, unknown> }): Promise<boolean> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: input.Item,
        ConditionExpression: input.ConditionExpression,
        ...(input.names ? { ExpressionAttributeNames: input.names } : {}),
        ...(input.values ? { ExpressionAttributeValues: input.values } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** The entry, read consistently (its version decides the next conditional write). */
export async function getEmployer(id: string): Promise<StoredEmployer | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk: pkOf(id), sk: META }, ConsistentRead: true }));
  return Item ? fromItem(Item) : undefined;
}

/** Stores a new entry if its id is free. */
export async function insertEmployer(e: StoredEmployer): Promise<'written' | 'exists'> {
  const item = toItem(storedEmployerSchema.parse(e), { unfinished: false });
  return (await conditionalPut({ Item: item, ConditionExpression: 'attribute_not_exists(pk)' })) ? 'written' : 'exists';
}

/** Step 1 of every change: the new state, only while the stored version is `expectedVersion`. */
export async function replaceEmployer(next: StoredEmployer, expectedVersion: number): Promise<'written' | 'stale'> {
  const written = await conditionalPut({
    Item: toItem(storedEmployerSchema.parse(next), { unfinished: true }),
    ConditionExpression: '#version = :expected',
    names: { '#version': 'version' },
    values: { ':expected': expectedVersion },
  });
  return written ? 'written' : 'stale';
}

/** A withdrawal's erasure: the same version without contact, only while the stored item is that withdrawn version. */
export async function eraseEmployerPersonalData(erased: StoredEmployer): Promise<'written' | 'stale'> {
  const written = await conditionalPut({
    Item: toItem(storedEmployerSchema.parse(erased), { unfinished: true }),
    ConditionExpression: '#version = :version AND #status = :withdrawn',
    names: { '#version': 'version', '#status': 'status' },
    values: { ':version': erased.version, ':withdrawn': 'withdrawn' },
  });
  return written ? 'written' : 'stale';
}

/** Last step of every change: the audit item (if absent), then the entry leaves the unfinished partition. */
export async function putEmployerAuditEntry(id: string, entry: EmployerAuditEntry): Promise<'written' | 'exists'> {
  const written = await conditionalPut({ Item: auditItem(id, entry), ConditionExpression: 'attribute_not_exists(pk)' });
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: pkOf(id), sk: META },
        UpdateExpression: 'REMOVE gsi2pk, gsi2sk',
        ConditionExpression: '#version = :version AND gsi2pk = :unfinished',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': entry.version, ':unfinished': UNFINISHED_PARTITION },
      }),
    );
  } catch (error) {
    // Already cleared, or a newer change is under way: nothing to do.
    if (!isConditionFailure(error)) throw error;
  }
  return written ? 'written' : 'exists';
}

/** True when the audit item of `version` exists: the change that produced it is complete. */
export async function hasEmployerAuditEntry(id: string, version: number): Promise<boolean> {
  return itemExists(pkOf(id), employerAuditSortKey(version));
}

/** The entry with its stored audit entries, oldest first: one Query on its partition. */
export async function getEmployerWithHistory(id: string): Promise<{ employer: StoredEmployer; history: EmployerAuditEntry[] } | undefined> {
  let employer: StoredEmployer | undefined;
  const history: EmployerAuditEntry[] = [];
  for (const item of await partitionItems(pkOf(id))) {
    if (item.sk === META) employer = fromItem(item);
    else if (typeof item.sk === 'string' && item.sk.startsWith(AUDIT_PREFIX)) history.push(auditFromItem(item));
  }
  return employer ? { employer, history } : undefined;
}

/** Stores a token under its hash (never reused); an expiring one also in its expiry partition. */
export async function putEmployerToken(tokenHash: string, token: EmployerToken): Promise<void> {
  const key = tokenKey(tokenHash);
  const expiry =
    token.expiresAt === undefined
      ? {}
      : { expiresAt: epochSeconds(token.expiresAt), gsi2pk: expiryPartition(epochSeconds(token.expiresAt)), gsi2sk: key.pk };
  const { expiresAt: _iso, ...rest } = token;
  await documentClient().send(
    new PutCommand({ TableName: tableName(), Item: { ...key, ...rest, ...expiry }, ConditionExpression: 'attribute_not_exists(pk)' }),
  );
}

/** The employer token behind a hash; undefined for an unknown hash or another kind of token. */
export async function findEmployerToken(tokenHash: string): Promise<EmployerToken | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: tokenKey(tokenHash), ConsistentRead: true }));
  if (!Item || !TOKEN_KINDS.has(Item.kind) || typeof Item.employerId !== 'string' || typeof Item.createdAt !== 'string') return undefined;
  return {
    kind: Item.kind as EmployerToken['kind'],
    employerId: Item.employerId,
    createdAt: Item.createdAt,
    ...(typeof Item.expiresAt === 'number' ? { expiresAt: new Date(Item.expiresAt * 1000).toISOString() } : {}),
    ...(typeof Item.usedAt === 'string' ? { usedAt: Item.usedAt } : {}),
  };
}

/** Marks a one-use token used; the first use's moment stays. */
export async function markEmployerTokenUsed(tokenHash: string, at: string): Promise<void> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: tokenKey(tokenHash),
        UpdateExpression: 'SET usedAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** The claim on a KvK number. */
export async function getKvkClaim(kvk: string): Promise<KvkClaim | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: kvkKey(kvk), ConsistentRead: true }));
  if (!Item || typeof Item.employerId !== 'string' || typeof Item.claimedAt !== 'string') return undefined;
  return { kvk, employerId: Item.employerId, claimedAt: Item.claimedAt };
}

/** Writes the claim if the stored one is still `seen` (compare-and-set on holder and moment). */
export async function claimKvk(claim: KvkClaim, seen: KvkClaim | undefined): Promise<'written' | 'changed'> {
  const written = await conditionalPut({
    Item: { ...kvkKey(claim.kvk), ...claim },
    ...(seen
      ? { ConditionExpression: 'employerId = :holder AND claimedAt = :claimedAt', values: { ':holder': seen.employerId, ':claimedAt': seen.claimedAt } }
      : { ConditionExpression: 'attribute_not_exists(pk)' }),
  });
  return written ? 'written' : 'changed';
}

/** Deletes the claim on `kvk` if `employerId` holds it (repeating it is harmless). */
export async function releaseKvk(kvk: string, employerId: string): Promise<void> {
  try {
    await documentClient().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: kvkKey(kvk),
        ConditionExpression: 'employerId = :me',
        ExpressionAttributeValues: { ':me': employerId },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Makes the match projection agree with this version of the entry (see `employer-match-projection.ts`). */
export async function syncEmployerProjection(e: StoredEmployer): Promise<void> {
  await syncMatchProjection(projectionBefore(e), e);
}

const CURSOR_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z#[a-km-z2-9]{16}$/;
const badCursor = () => new InvalidInputError({ cursor: 'deze cursor is ongeldig; begin opnieuw zonder cursor' });

function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

// The index key DynamoDB continues after; rebuilt from the cursor so a client cannot point the query elsewhere.
function decodeCursor(status: EmployerStatus, cursor: string): Item {
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_PATTERN.test(sortKey)) throw badCursor();
  const id = sortKey.slice(sortKey.indexOf('#') + 1);
  return { gsi1pk: statusPartition(status), gsi1sk: sortKey, pk: pkOf(id), sk: META };
}

/** How many items one public list request may read through before it answers with what it found and a cursor. */
const MAX_EVALUATED = 2_000;

/**
 * One page of a status partition (gsi1, descending), optionally filtered. Asks for one match
 * more than the page so `nextCursor` is `null` exactly when nothing follows; a filtered request
 * that read `MAX_EVALUATED` items without filling its page answers with a cursor at that point.
 */
async function queryStatusPage(
  status: EmployerStatus,
  { limit, cursor, filter }: { limit: number; cursor?: string | undefined; filter?: Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> },
): Promise<Page<StoredEmployer>> {
  const items: { employer: StoredEmployer; sortKey: string }[] = [];
  let start: Item | undefined = cursor === undefined ? undefined : decodeCursor(status, cursor);
  let evaluated = 0;
  do {
    const page: QueryCommandOutput = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ...(filter?.FilterExpression ? { FilterExpression: filter.FilterExpression, ExpressionAttributeNames: filter.ExpressionAttributeNames } : {}),
        ExpressionAttributeValues: { ':p': statusPartition(status), ...filter?.ExpressionAttributeValues },
        ScanIndexForward: false,
        Limit: filter?.FilterExpression ? 200 : limit + 1 - items.length,
        ExclusiveStartKey: start,
      }),
    );
    evaluated += page.ScannedCount ?? 0;
    for (const item of page.Items ?? []) items.push({ employer: fromItem(item), sortKey: String(item.gsi1sk) });
    start = page.LastEvaluatedKey;
  } while (start && items.length <= limit && evaluated < MAX_EVALUATED);
  if (items.length > limit) {
    const pageItems = items.slice(0, limit);
    return { items: pageItems.map((i) => i.employer), nextCursor: encodeCursor(pageItems.at(-1)!.sortKey) };
  }
  return { items: items.map((i) => i.employer), nextCursor: start ? encodeCursor(String(start.gsi1sk)) : null };
}

/** A page of one status for moderators, latest first (verified: latest confirmed first). */
export async function listEmployersByStatus(status: EmployerStatus, options: { limit: number; cursor?: string | undefined }): Promise<Page<StoredEmployer>> {
  return queryStatusPage(status, options);
}

/**
 * A page of the public register: the verified partition of gsi1 with the filters as a
 * FilterExpression, the same rule as `employerMatchesFilter` (a region also matches `landelijk`;
 * a language level keeps the employers that ask at most that).
 */
export async function listPublicEmployers(filter: EmployerFilter, options: { limit: number; cursor?: string | undefined }): Promise<Page<StoredEmployer>> {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.region !== undefined) {
    names['#e'] = 'employer';
    names['#regions'] = 'regions';
    values[':region'] = filter.region;
    values[':landelijk'] = 'landelijk';
    conditions.push('(contains(#e.#regions, :region) OR contains(#e.#regions, :landelijk))');
  }
  if (filter.sector !== undefined) {
    names['#e'] = 'employer';
    names['#sectors'] = 'sectors';
    values[':sector'] = filter.sector;
    conditions.push('contains(#e.#sectors, :sector)');
  }
  if (filter.offer !== undefined) {
    names['#e'] = 'employer';
    names['#offers'] = 'offers';
    values[':offer'] = filter.offer;
    conditions.push('contains(#e.#offers, :offer)');
  }
  if (filter.languageLevel !== undefined) {
    names['#e'] = 'employer';
    names['#level'] = 'languageLevel';
    const levels = levelsUpTo(filter.languageLevel);
    levels.forEach((level, i) => (values[`:level${i}`] = level));
    conditions.push(`#e.#level IN (${levels.map((_, i) => `:level${i}`).join(', ')})`);
  }
  const query =
    conditions.length === 0
      ? {}
      : { FilterExpression: conditions.join(' AND '), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
  return queryStatusPage('verified', { ...options, filter: query });
}

/** Every verified entry (for the site build), all pages of the gsi1 `verified` partition. */
export async function listVerifiedEmployers(): Promise<StoredEmployer[]> {
  const all: StoredEmployer[] = [];
  let cursor: string | undefined;
  do {
    const page = await listEmployersByStatus('verified', { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** Verified entries whose freshness is due at `now`: a range query on their gsi1 sort key, oldest due first. */
export async function listDueEmployers(now: Date, limit: number): Promise<StoredEmployer[]> {
  const { Items } = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk < :due',
      // '$' sorts after '#': every key whose moment is `now` or earlier.
      ExpressionAttributeValues: { ':p': statusPartition('verified'), ':due': `${now.toISOString()}$` },
      ScanIndexForward: true,
      Limit: limit,
    }),
  );
  return (Items ?? []).map(fromItem);
}

/** Entries whose latest change began before `before` and is not complete (gsi2 `EMP#UNFINISHED`), oldest first. */
export async function listUnfinishedEmployers(before: Date, limit: number): Promise<StoredEmployer[]> {
  const { Items } = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI2,
      KeyConditionExpression: 'gsi2pk = :p AND gsi2sk < :before',
      ExpressionAttributeValues: { ':p': UNFINISHED_PARTITION, ':before': before.toISOString() },
      ScanIndexForward: true,
      Limit: limit,
    }),
  );
  return (Items ?? []).map(fromItem);
}

/** What an import reports after each batch: items written so far of all items to write. */
export type ImportProgress = { written: number; total: number };

/**
 * Writes already verified entries in bulk (the seed script; `seededEmployer` builds them): per
 * entry its item, its audit item, its KvK claim and its projection items, with BatchWriteItem in
 * chunks of 25, several at a time. Unconditional, so only for a fresh table or data that may be
 * overwritten; every entry is validated first, must be `verified`, and KvK numbers must be unique
 * within the list. Returns how many items it wrote. Measured on this machine (2026-12-02): about
 * 500–750 items/s on dynalite and DynamoDB Local (the stores are the limit, not this code); an
 * entry is 3 items plus one per (region, sector).
 */
export async function importVerifiedEmployers(
  list: readonly StoredEmployer[],
  onProgress?: (progress: ImportProgress) => void,
  options: { concurrency?: number } = {},
): Promise<number> {
  const kvks = new Set<string>();
  const items: Item[] = [];
  for (const raw of list) {
    const e = storedEmployerSchema.parse(raw);
    if (e.status !== 'verified') throw new Error(`Werkgever ${e.id}: alleen bevestigde werkgevers kunnen worden ingelezen (status ${e.status}).`);
    if (kvks.has(e.employer.kvk)) throw new Error(`Werkgever ${e.id}: KvK-nummer ${e.employer.kvk} komt dubbel voor.`);
    kvks.add(e.employer.kvk);
    items.push(toItem(e, { unfinished: false }), auditItem(e.id, auditEntryOf(e)));
    items.push({ ...kvkKey(e.employer.kvk), kvk: e.employer.kvk, employerId: e.id, claimedAt: e.verifiedAt ?? e.createdAt });
    items.push(...matchProjectionItems(e));
  }
  let written = 0;
  await batchPut(items, {
    concurrency: options.concurrency ?? 16,
    onWritten: (count) => {
      written += count;
      onProgress?.({ written, total: items.length });
    },
  });
  return items.length;
}

/** The repository as the domain's `EmployerStore` port, plus the site build's `listVerified`. */
export const employersRepository: EmployerStore & { listVerified: () => Promise<StoredEmployer[]> } = {
  get: getEmployer,
  insert: insertEmployer,
  replace: replaceEmployer,
  erasePersonalData: eraseEmployerPersonalData,
  putAuditEntry: putEmployerAuditEntry,
  hasAuditEntry: hasEmployerAuditEntry,
  getWithHistory: getEmployerWithHistory,
  putToken: putEmployerToken,
  findToken: findEmployerToken,
  markTokenUsed: markEmployerTokenUsed,
  getKvkClaim,
  claimKvk,
  releaseKvk,
  syncMatchProjection: syncEmployerProjection,
  listByStatus: listEmployersByStatus,
  listPublic: listPublicEmployers,
  listDue: listDueEmployers,
  listUnfinished: listUnfinishedEmployers,
  listVerified: listVerifiedEmployers,
};

