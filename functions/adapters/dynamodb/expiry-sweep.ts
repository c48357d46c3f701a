/**
 * Deletes expired items where the store has no TTL (dynalite, DynamoDB Local): idempotency records
 * and rate-limit counters, which hold hashes of keys and client addresses and must not outlive
 * their purpose, and the employer register's unverified registrations after their 7 days (the
 * entry with its contact data, its registration audit item and its verify token) and expired
 * confirm tokens (`employers-repository.ts`). On AWS the table's TTL on `expiresAt` does this; running the sweep there as well
 * would be harmless.
 *
 * Every expiring item carries `gsi2pk = EXPIRES#<day of expiresAt>`, so the sweep queries gsi2 one
 * day at a time (never a scan), from the day after the last complete sweep up to today. A marker
 * item remembers that day; today's partition is swept again next time, because part of it expires
 * later today. Each delete is conditional on `expiresAt` still being past, so an item that was
 * extended in the meantime stays.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, tableName } from './client.ts';
import { isConditionFailure } from './conditional-writes.ts';
import { expiryPartitionOfDay, GSI2, utcDay } from './table.ts';

const MARKER_KEY = { pk: 'SWEEP#EXPIRES', sk: 'SWEEP' };
/** How far back the first sweep of a store looks. */
const FIRST_SWEEP_DAYS = 366;
const DAY_MS = 86_400_000;

/** The days from `from` through `to` (inclusive, `yyyy-mm-dd`), oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(utcDay(new Date(t)));
  }
  return days;
}

async function sweepDay(day: string, nowEpoch: number): Promise<number> {
  let deleted = 0;
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: GSI2,
        KeyConditionExpression: 'gsi2pk = :day',
        ExpressionAttributeValues: { ':day': expiryPartitionOfDay(day) },
        ProjectionExpression: 'pk, sk, expiresAt',
        ExclusiveStartKey: cursor,
      }),
    );
    for (const item of page.Items ?? []) {
      if (typeof item.expiresAt !== 'number' || item.expiresAt > nowEpoch) continue;
      try {
        await documentClient().send(
          new DeleteCommand({
            TableName: tableName(),
            Key: { pk: item.pk, sk: item.sk },
            ConditionExpression: 'expiresAt <= :now',
            ExpressionAttributeValues: { ':now': nowEpoch },
          }),
        );
        deleted++;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return deleted;
}

/** Deletes every item whose `expiresAt` lies before `now`; returns how many it deleted. */
export async function sweepExpired(now: Date = new Date()): Promise<{ deleted: number; days: number }> {
  const today = utcDay(now);
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: MARKER_KEY }));
  const from = typeof Item?.sweptThrough === 'string' ? Item.sweptThrough : utcDay(new Date(now.getTime() - FIRST_SWEEP_DAYS * DAY_MS));
  const days = daysBetween(from, today);
  const nowEpoch = Math.floor(now.getTime() / 1000);
  let deleted = 0;
  for (const day of days) deleted += await sweepDay(day, nowEpoch);
  // Days before today are complete; today is swept again next time. The marker only moves
  // forward, so a slow sweep that finishes after a newer one cannot make the next sweep skip days.
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...MARKER_KEY, sweptThrough: today },
        ConditionExpression: 'attribute_not_exists(sweptThrough) OR sweptThrough < :today',
        ExpressionAttributeValues: { ':today': today },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return { deleted, days: days.length };
}
