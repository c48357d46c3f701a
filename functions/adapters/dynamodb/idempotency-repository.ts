/**
 * Idempotency records (DESIGN.md: "POSTs that create take an optional Idempotency-Key"), keyed by
 * scope and the SHA-256 of the key; the key itself is never stored. Implements `IdempotencyStore`.
 *
 * A record lives 24 hours. dynalite has no TTL, so expiry is decided here from `expiresAt` (an
 * expired record reads as absent and may be claimed again); on AWS the same attribute is the TTL.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { idempotencyRecordSchema, storedResponseSchema, type IdempotencyRecord, type StoredResponse } from '#contracts/idempotency';
import type { IdempotencyStore } from '#domain/ports';
import { documentClient, tableName } from './client.ts';
import { isConditionFailure } from './conditional-writes.ts';
import { expiryPartition } from './table.ts';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

const keyOf = (scope: string, keyHash: string) => ({ pk: `IDEM#${scope}#${keyHash}`, sk: 'IDEM' });
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The live record for this key, or undefined (none, or expired). */
export async function getIdempotencyRecord(scope: string, keyHash: string, now: Date): Promise<IdempotencyRecord | undefined> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keyOf(scope, keyHash), ConsistentRead: true }));
  if (!Item || typeof Item.expiresAt !== 'number' || Item.expiresAt <= epochSeconds(now)) return undefined;
  const { pk: _pk, sk: _sk, expiresAt: _exp, gsi2pk: _g2, gsi2sk: _g2s, ...record } = Item;
  return idempotencyRecordSchema.parse(record);
}

/**
 * Claims the key for a request: writes the `started` record unless a live one exists
 * (`attribute_not_exists(pk) OR expiresAt <= now`). Of two concurrent claims exactly one wins.
 */
export async function claimIdempotencyKey(scope: string, keyHash: string, record: IdempotencyRecord, now: Date): Promise<'claimed' | 'taken'> {
  const key = keyOf(scope, keyHash);
  const expiresAt = epochSeconds(now) + IDEMPOTENCY_TTL_SECONDS;
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...key,
          ...idempotencyRecordSchema.parse(record),
          expiresAt,
          // Lets a sweep find expired records by day where TTL does not exist (dynalite).
          gsi2pk: expiryPartition(expiresAt),
          gsi2sk: key.pk,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': epochSeconds(now) },
      }),
    );
    return 'claimed';
  } catch (error) {
    if (isConditionFailure(error)) return 'taken';
    throw error;
  }
}

/** Marks the claimed record completed with the answer to replay; it must exist. */
export async function completeIdempotencyKey(scope: string, keyHash: string, response: StoredResponse): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(scope, keyHash),
      UpdateExpression: 'SET #state = :completed, #response = :response',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#state': 'state', '#response': 'response' },
      ExpressionAttributeValues: { ':completed': 'completed', ':response': storedResponseSchema.parse(response) },
    }),
  );
}

/** The repository as the domain's `IdempotencyStore` port. */
export const idempotencyRepository: IdempotencyStore = {
  get: getIdempotencyRecord,
  claim: claimIdempotencyKey,
  complete: completeIdempotencyKey,
};
