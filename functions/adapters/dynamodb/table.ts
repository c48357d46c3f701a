/**
 * The Werkpad table, written as data so the local server and the CDK app's stateful stack create
 * the same thing. One table, generic key names; an item's kind shows in its key prefix. Only the
 * repositories next to this file (one per aggregate) read or write it.
 *
 * Key design (`<…>` is a value; ids are random; tokens and Idempotency-Keys are stored only as
 * SHA-256 hashes, client addresses as HMAC-SHA-256 under the signing key; `<ts>` is an ISO 8601
 * UTC instant, which sorts as text):
 *
 * | item                  | pk                                  | sk               | gsi1pk / gsi1sk                                  | gsi2pk / gsi2sk                   |
 * | --------------------- | ----------------------------------- | ---------------- | ------------------------------------------------ | --------------------------------- |
 * | submission            | `SUB#<id>`                          | `META`           | `SUB#STATUS#<status>` / `<statusChangedAt>#<id>` | —                                 |
 * | submission audit entry| `SUB#<id>`                          | `AUDIT#<v:10>`   | —                                                | —                                 |
 * | manage token          | `TOKEN#<sha256(token)>`             | `TOKEN`          | —                                                | —                                 |
 * | idempotency record    | `IDEM#<scope>#<sha256(key)>`        | `IDEM`           | —                                                | `EXPIRES#<yyyy-mm-dd>` / `<pk>`   |
 * | rate-limit counter    | `RATE#<scope>#<hmac(ip)>#<window>`  | `RATE`           | —                                                | `EXPIRES#<yyyy-mm-dd>` / `<pk>`   |
 * | employer (later)      | `EMP#<id>`                          | `META`           | `EMP#STATUS#<status>` / `<statusChangedAt>#<id>` | `EXPIRES#<yyyy-mm-dd>` / `<pk>` while unverified |
 * | employer audit (later)| `EMP#<id>`                          | `AUDIT#<v:10>`   | —                                                | —                                 |
 * | KvK claim (later)     | `KVK#<kvk>`                         | `KVK`            | —                                                | —                                 |
 * | verify token (later)  | `TOKEN#<sha256(token)>`             | `TOKEN`          | —                                                | `EXPIRES#<yyyy-mm-dd>` / `<pk>`   |
 * | expiry sweep marker   | `SWEEP#EXPIRES`                     | `SWEEP`          | —                                                | —                                 |
 *
 * `<v:10>` is the version a change produced, zero-padded to 10 digits so the audit trail sorts.
 *
 * Access patterns, each one key or index lookup (no request path ever scans):
 * - submission by id: GetItem `SUB#<id>`/`META` (consistent read, since writes are conditional on
 *   what it returns); with its audit trail: Query `pk = SUB#<id>` (one round trip, `AUDIT#…` sorts
 *   before `META`).
 * - submission by manage token: GetItem `TOKEN#<hash>`, then the submission.
 * - moderation queue per status, latest status change first: Query gsi1 `SUB#STATUS#<status>`,
 *   descending, paged by an opaque cursor; the published ones for the site build: the same query
 *   on `SUB#STATUS#published`.
 * - idempotency record and rate counter: GetItem / UpdateItem on their keys.
 * - later, the employer register: verified employers via gsi1 `EMP#STATUS#verified`; one verified
 *   entry per KvK number via a conditional put of `KVK#<kvk>`; matching reads the verified list
 *   (hundreds of items) through the same gsi1 query and scores in memory.
 * - expiry sweeps (not on a request path; `expiry-sweep.ts`, hourly in the local server): Query gsi2
 *   `EXPIRES#<day>` for each day since the marker's `sweptThrough` and delete what has expired.
 *   dynalite has no TTL, so this is how local data expires; `expiresAt` (epoch seconds) is the TTL
 *   attribute on AWS as well, and readers check it themselves because TTL deletes late.
 *
 * Consistency without transactions (dynalite has none, nor PartiQL): every change is a conditional
 * write on a `version` attribute, and a change that needs several writes writes them in a documented
 * order in which each step is idempotent and a crash between two steps is finished by a retry. A
 * submission's change carries its own audit entry (`lastTransition`) in the state write, so the
 * separate `AUDIT#<v>` item can always be completed later; see `initiative-submissions.ts`.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** The logical design: key attribute names, indexes and TTL attribute, shared with the CDK app. */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  timeToLiveAttribute: 'expiresAt',
  billingMode: 'PAY_PER_REQUEST',
} as const;

/** Index names, for queries. */
export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

/** `yyyy-mm-dd` of an instant, in UTC: the day in an expiry partition's key. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The gsi2 partition of the items that expire on `day` (`yyyy-mm-dd`), where the expiry sweep finds them. */
export function expiryPartitionOfDay(day: string): string {
  return `EXPIRES#${day}`;
}

/** The gsi2 partition of an item whose `expiresAt` (epoch seconds) is this. */
export function expiryPartition(expiresAt: number): string {
  return expiryPartitionOfDay(utcDay(new Date(expiresAt * 1000)));
}

/** The CreateTable input for the table called `tableName` (all keys are strings; indexes project everything). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyNames = [
    tableDesign.partitionKey,
    tableDesign.sortKey,
    ...tableDesign.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: tableDesign.billingMode,
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: tableDesign.globalSecondaryIndexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

/** Every table Werkpad needs, by name; one today (single-table design), a list so more can follow. */
export function tableInputs(tableName: string): CreateTableCommandInput[] {
  return [createTableInput(tableName)];
}
