/**
 * The Werkpad table, written as data so the local server and the CDK app's stateful stack create
 * the same thing. One table, generic key names; an item's kind shows in its key prefix.
 *
 * Key design (`<…>` is a value; ids are random, tokens and IPs are stored only as SHA-256 hashes):
 *
 * | item                  | pk                        | sk                         | gsi1pk / gsi1sk                              | gsi2pk / gsi2sk                    |
 * | --------------------- | ------------------------- | -------------------------- | -------------------------------------------- | ---------------------------------- |
 * | submission            | `SUB#<id>`                | `META`                     | `SUB#STATUS#<status>` / `<createdAt>#<id>`   | —                                  |
 * | audit entry           | `SUB#<id>` or `EMP#<id>`  | `AUDIT#<at>#<seq>`         | —                                            | —                                  |
 * | employer              | `EMP#<id>`                | `META`                     | `EMP#STATUS#<status>` / `<updatedAt>#<id>`   | `EXPIRES#<yyyy-mm-dd>` / `<id>` while unverified |
 * | KvK claim             | `KVK#<kvk>`               | `KVK`                      | —                                            | —                                  |
 * | manage/verify token   | `TOKEN#<sha256(token)>`   | `TOKEN`                    | —                                            | —                                  |
 * | idempotency record    | `IDEM#<route>#<sha256(key)>` | `IDEM`                  | —                                            | —                                  |
 * | rate-limit counter    | `RATE#<route>#<sha256(ip)>#<minute>` | `RATE`          | —                                            | —                                  |
 *
 * - GSI1 answers the moderation queues and the public register by status, newest first.
 * - GSI2 finds unverified registrations past their 7 days: dynalite has no TTL expiry, so a sweep
 *   deletes them by date instead of waiting for DynamoDB's TTL.
 * - `expiresAt` (epoch seconds) is the TTL attribute on AWS for tokens, idempotency records and
 *   counters; readers still check it, because TTL deletes late (and never, locally).
 * - Uniqueness (one verified entry per KvK number, single-use tokens) uses conditional writes,
 *   not transactions, which dynalite lacks; each use case documents its order of writes.
 * - No request path scans: every read is a GetItem or a Query on the table or an index.
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
