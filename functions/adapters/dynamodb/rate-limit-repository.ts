/**
 * Fixed-window rate-limit counters, one item per scope, hashed client address and window. The
 * window is part of the key, so an old counter is never read again: expiry only saves space
 * (`expiresAt` TTL on AWS; gsi2 `EXPIRES#<day>` for a sweep where TTL does not exist). On AWS the
 * counters expire by TTL alone and carry no gsi2 keys: every hit writing into one day's expiry
 * partition would make that index partition a hot key under abuse.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLimitStore } from '#domain/ports';
import { getConfig } from '#config';
import { documentClient, tableName } from './client.ts';
import { expiryPartition } from './table.ts';

/** Adds one hit to the counter of this window and returns the new count (one atomic UpdateItem). */
export async function hitRateLimit(scope: string, subjectHash: string, windowStart: number, windowSeconds: number): Promise<number> {
  const pk = `RATE#${scope}#${subjectHash}#${windowStart}`;
  // Kept one window longer than needed: clocks of different instances differ a little.
  const expiresAt = windowStart + 2 * windowSeconds;
  const ttlOnly = getConfig().aws !== undefined;
  const { Attributes } = await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: { pk, sk: 'RATE' },
      UpdateExpression: ttlOnly
        ? 'SET expiresAt = :expiresAt ADD #count :one'
        : 'SET expiresAt = :expiresAt, gsi2pk = :day, gsi2sk = :pk ADD #count :one',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':expiresAt': expiresAt,
        ...(ttlOnly ? {} : { ':day': expiryPartition(expiresAt), ':pk': pk }),
      },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const count = Attributes?.count;
  if (typeof count !== 'number') throw new Error('De teller gaf geen getal terug.');
  return count;
}

/** The repository as the domain's `RateLimitStore` port. */
export const rateLimitRepository: RateLimitStore = { hit: hitRateLimit };
