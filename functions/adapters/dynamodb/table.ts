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
 * | employer              | `EMP#<id>`                          | `META`           | `EMP#STATUS#<status>` / `<sortAt>#<id>` (¹)      | `EXPIRES#<yyyy-mm-dd>` / `<pk>` while unverified; `EMP#UNFINISHED` / `<changeAt>#<id>` while a change is unfinished |
 * | employer audit entry  | `EMP#<id>`                          | `AUDIT#<v:10>`   | —                                                | `EXPIRES#<yyyy-mm-dd>` / `<pk>` for the registration's entry only |
 * | KvK claim             | `KVK#<kvk>`                         | `KVK`            | —                                                | —                                 |
 * | employer token (²)    | `TOKEN#<sha256(token)>`             | `TOKEN`          | —                                                | `EXPIRES#<yyyy-mm-dd>` / `<pk>` for verify and confirm tokens |
 * | match projection      | `MATCH#<region>#<sector>`           | `<languageLevel>#<employerId>` | —                                  | —                                 |
 * | expiry sweep marker   | `SWEEP#EXPIRES`                     | `SWEEP`          | —                                                | —                                 |
 *
 * `<v:10>` is the version a change produced, zero-padded to 10 digits so the audit trail sorts.
 * (¹) `<sortAt>` is, for a verified employer, the moment its freshness is due (12 months after its
 * last confirmation, or 30 days after the yearly 'still open' mail); for every other status the
 * moment it entered the status. (²) verify (7 days, one use), manage (no expiry) and yearly
 * confirm (400 days) tokens, told apart by their `kind` attribute like the initiative manage token.
 * The match projection holds one small item per (region, sector) of each verified employer, no
 * contact data (`employer-match-projection.ts`); `<region>` may be `landelijk`.
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
 * - the employer register (`employers-repository.ts`): an employer by id, with its audit trail, and
 *   by token, as submissions. The public register and the site build: Query gsi1
 *   `EMP#STATUS#verified`, descending (latest confirmed first), the API's filters as a
 *   FilterExpression with a read budget per page. Moderators: Query gsi1 `EMP#STATUS#<status>`.
 *   One verified (or hidden) entry per KvK number: GetItem and a conditional put of `KVK#<kvk>`
 *   (compare-and-set on the holder seen); unverified registrations never claim, so nobody can block
 *   a company. The hourly upkeep: Query gsi1 `EMP#STATUS#verified` with `gsi1sk < <now>` (exactly
 *   the entries whose yearly mail or stale-hiding is due) and Query gsi2 `EMP#UNFINISHED` with
 *   `gsi2sk < <now − lease>` (changes that stopped half-way).
 * - matching (`match-candidates-repository.ts`): Query `MATCH#<region>#<sector>` (and
 *   `MATCH#landelijk#<sector>`) with `sk < "<next level>"`, a few partitions in parallel; never the
 *   whole register (plan: 100,000 verified employers, the largest region about 10 %). Each Query
 *   has a `Limit` from a per-request item budget and reads only the attributes scoring needs; the
 *   other regions of the province are read only when the own region and `landelijk` give fewer
 *   than 20 employers (`match-search.ts`), so a request costs about the same at any register size.
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
