/**
 * The submissions aggregate in DynamoDB: the submission item, its audit entries and its manage
 * tokens (keys in `table.ts`). Implements the `SubmissionStore` port; the only module that reads or
 * writes these items.
 *
 * Each function is one request to the store, and each write is conditional so that it can be
 * repeated safely. The order in which the use cases combine them is documented at the use case
 * (`functions/domain/initiative-submissions.ts`): state write (with the audit entry inside), then
 * effects, then the audit item.
 *
 * A withdrawal (`DELETE /api/initiatives/manage`) is such a change with one more write:
 *   1. `replaceSubmission`: status `withdrawn`, next version, the withdrawal in `lastTransition`
 *      (conditional on the version read: a concurrent correction or withdrawal gets 409). The item
 *      leaves the gsi1 `published` partition here, so the next build has no page for it, and the
 *      manage token answers 410 from now on. The contact is still in the item;
 *   2. effects: "published set changed" (when it was published), the confirmation mail to the
 *      contact, which needs the address;
 *   3. `erasePersonalData`: the same version without `initiative.contact` (conditional on that
 *      version and status `withdrawn`, so it can only ever erase, and repeating it is harmless);
 *   4. `putAuditEntry`: `AUDIT#<version>` (`who: indiener`, from, to, at; no personal data).
 * A crash after 1 or 2 leaves the contact stored until the change is finished: by the submitter's
 * retry (same request fingerprint), by opening the manage link again, or by any moderator change
 * to the submission. A crash after 3 leaves only the audit item to write; the erased address tells
 * the retry that the mail already went. The manage token item stays: it holds no personal data
 * and lets the link answer 410 instead of pretending it never existed.
 */
import { GetCommand, PutCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { auditEntrySchema, submissionSchema, type AuditEntry, type Submission, type SubmissionStatus } from '#contracts/initiative';
import { InvalidInputError } from '#domain/errors';
import type { Page, SubmissionStore } from '#domain/ports';
import { documentClient, tableName } from './client.ts';
import { isConditionFailure } from './conditional-writes.ts';
import { itemExists, partitionItems } from './item-reads.ts';
import { GSI1 } from './table.ts';

const pkOf = (id: string) => `SUB#${id}`;
const META = 'META';
const AUDIT_PREFIX = 'AUDIT#';
/** Audit sort key of the change that produced `version`: deterministic, so a retry finds its own entry. */
export const auditSortKey = (version: number) => `${AUDIT_PREFIX}${String(version).padStart(10, '0')}`;
const statusPartition = (status: SubmissionStatus) => `SUB#STATUS#${status}`;
const statusSortKey = (s: Pick<Submission, 'statusChangedAt' | 'id'>) => `${s.statusChangedAt}#${s.id}`;
const tokenKey = (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' });
const MANAGE_TOKEN_KIND = 'initiative-manage';

type Item = Record<string, unknown>;

function toItem(s: Submission): Item {
  return { pk: pkOf(s.id), sk: META, gsi1pk: statusPartition(s.status), gsi1sk: statusSortKey(s), ...s };
}

// Parse, don't cast: what comes back from the store is checked against the same schema it was written with.
function fromItem(item: Item): Submission {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, ...rest } = item;
  return submissionSchema.parse(rest);
}

function auditFromItem(item: Item): AuditEntry {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return auditEntrySchema.parse(rest);
}

/** The submission, read consistently (its version decides the next conditional write). */
export async function getSubmission(id: string): Promise<Submission | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk: pkOf(id), sk: META }, ConsistentRead: true }));
  return Item ? fromItem(Item) : undefined;
}

/** Stores a new submission if its id is free: `attribute_not_exists(pk)`. */
export async function insertSubmission(submission: Submission): Promise<'written' | 'exists'> {
  try {
    await documentClient().send(
      new PutCommand({ TableName: tableName(), Item: toItem(submission), ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'exists';
    throw error;
  }
}

/**
 * Step 1 of every change: replaces the submission (state, status index keys and `lastTransition`)
 * only while the stored version is `expectedVersion`. Of two concurrent changes exactly one wins.
 */
export async function replaceSubmission(next: Submission, expectedVersion: number): Promise<'written' | 'stale'> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: toItem(next),
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'stale';
    throw error;
  }
}

/**
 * Step 3 of a withdrawal: puts the erased submission (no contact) at the same version, only while
 * the stored item is that withdrawn version. A Put, not an UpdateItem, so the item is exactly what
 * the domain's `withoutPersonalData` left, whatever personal fields it drops.
 */
export async function eraseSubmissionPersonalData(erased: Submission): Promise<'written' | 'stale'> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: toItem(submissionSchema.parse(erased)),
        ConditionExpression: '#version = :version AND #status = :withdrawn',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: { ':version': erased.version, ':withdrawn': 'withdrawn' },
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'stale';
    throw error;
  }
}

/** Last step of every change: the audit item `AUDIT#<version>`, written only if absent (a retry finds it). */
export async function putAuditEntry(id: string, entry: AuditEntry): Promise<'written' | 'exists'> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: { pk: pkOf(id), sk: auditSortKey(entry.version), ...auditEntrySchema.parse(entry) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'exists';
    throw error;
  }
}

/** True when the audit item of `version` exists: the change that produced it is complete. */
export async function hasAuditEntry(id: string, version: number): Promise<boolean> {
  return itemExists(pkOf(id), auditSortKey(version));
}

/** The submission with its stored audit entries, oldest first: one Query on the submission's partition. */
export async function getSubmissionWithHistory(id: string): Promise<{ submission: Submission; history: AuditEntry[] } | undefined> {
  let submission: Submission | undefined;
  const history: AuditEntry[] = [];
  for (const item of await partitionItems(pkOf(id))) {
    if (item.sk === META) submission = fromItem(item);
    else if (typeof item.sk === 'string' && item.sk.startsWith(AUDIT_PREFIX)) history.push(auditFromItem(item));
  }
  return submission ? { submission, history } : undefined;
}

/** Links a manage token's hash to a submission; a hash is never reused (`attribute_not_exists`). */
export async function putManageToken(tokenHash: string, submissionId: string, at: string): Promise<void> {
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...tokenKey(tokenHash), kind: MANAGE_TOKEN_KIND, submissionId, createdAt: at },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** The submission id behind a manage token hash; undefined for an unknown token or another kind of token. */
export async function findSubmissionIdByManageToken(tokenHash: string): Promise<string | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: tokenKey(tokenHash), ConsistentRead: true }));
  return Item?.kind === MANAGE_TOKEN_KIND && typeof Item.submissionId === 'string' ? Item.submissionId : undefined;
}

const CURSOR_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z#[a-km-z2-9]{16}$/;

/** The opaque cursor after `s`: its status sort key, base64url. */
function encodeCursor(s: Submission): string {
  return Buffer.from(statusSortKey(s), 'utf8').toString('base64url');
}

// The index key DynamoDB continues after; rebuilt from the cursor so a client cannot point the query elsewhere.
function decodeCursor(status: SubmissionStatus, cursor: string): Item {
  const sortKey = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_PATTERN.test(sortKey)) throw new InvalidInputError({ cursor: 'deze cursor is ongeldig; begin opnieuw zonder cursor' });
  const id = sortKey.slice(sortKey.indexOf('#') + 1);
  return { gsi1pk: statusPartition(status), gsi1sk: sortKey, pk: pkOf(id), sk: META };
}

/**
 * One page of a status queue, the latest status change first (gsi1, descending). Asks for one item
 * more than the page so `nextCursor` is `null` exactly when nothing follows.
 */
export async function listSubmissionsByStatus(
  status: SubmissionStatus,
  { limit, cursor }: { limit: number; cursor?: string | undefined },
): Promise<Page<Submission>> {
  const items: Submission[] = [];
  let start: Item | undefined = cursor === undefined ? undefined : decodeCursor(status, cursor);
  do {
    const page: QueryCommandOutput = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': statusPartition(status) },
        ScanIndexForward: false,
        Limit: limit + 1 - items.length,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []).map(fromItem));
    start = page.LastEvaluatedKey;
  } while (start && items.length <= limit);
  const more = items.length > limit;
  const pageItems = items.slice(0, limit);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: more && last ? encodeCursor(last) : null };
}

/** Every published submission, for the site build (all pages of the gsi1 `published` queue). */
export async function listPublishedSubmissions(): Promise<Submission[]> {
  const all: Submission[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSubmissionsByStatus('published', { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** The repository as the domain's `SubmissionStore` port. */
export const submissionsRepository: SubmissionStore = {
  get: getSubmission,
  insert: insertSubmission,
  replace: replaceSubmission,
  erasePersonalData: eraseSubmissionPersonalData,
  putAuditEntry,
  hasAuditEntry,
  getWithHistory: getSubmissionWithHistory,
  putManageToken,
  findIdByManageToken: findSubmissionIdByManageToken,
  listByStatus: listSubmissionsByStatus,
  listPublished: listPublishedSubmissions,
};
