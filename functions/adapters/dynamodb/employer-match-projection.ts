/**
 * The match projection of the employer register (PLAN.md, "Match projection"): for every employer
 * in the register, one small item per (region, sector) of its entry, keyed so that matching reads
 * a few partitions and never scans:
 *
 *   pk = `MATCH#<region>#<sector>`   sk = `<languageLevel>#<employerId>`
 *
 * CEFR ids sort as text (A0 < A1 < A2 < B1 < B2 < C1 < C2), so `sk < "<next level>"` reads only
 * the employers that ask at most a given level. Attributes: `employerId`, `name`, `regions`,
 * `sectors`, `offers`, `languageLevel`, `educationLevel` (absent when none), `skills`,
 * `confirmedAt`, `version`. No contact data, no index attributes, no `expiresAt`.
 *
 * The employers repository keeps it in step after each change of an entry (an effect of the
 * change, see `employer-register.ts`): `syncMatchProjection(before, after)` puts the items of the
 * current version and deletes those of the previous one that no longer apply. Each put is
 * conditional on not overwriting a newer version, and each delete on not removing one; repeating a
 * sync is harmless, so a retry (or the upkeep finishing a stalled change) repairs a crash.
 */
import { BatchWriteCommand, DeleteCommand, PutCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoredEmployer } from '#contracts/employer';
import { isVisible } from '#domain/employer-rules';
import { documentClient, tableName } from './client.ts';
import { isConditionFailure } from './conditional-writes.ts';

/** The prefix of every projection partition. */
export const MATCH_PREFIX = 'MATCH#';

/** The key of the projection item of one employer in one (region, sector). */
export function matchProjectionKey(region: string, sector: string, languageLevel: string, employerId: string): { pk: string; sk: string } {
  return { pk: `${MATCH_PREFIX}${region}#${sector}`, sk: `${languageLevel}#${employerId}` };
}

/** One projection item as stored (and as matching reads it). */
export type MatchProjectionItem = {
  pk: string;
  sk: string;
  employerId: string;
  name: string;
  regions: string[];
  sectors: string[];
  offers: string[];
  languageLevel: string;
  educationLevel?: string;
  skills: string[];
  confirmedAt: string;
  version: number;
};

/** What decides which items an entry has: its id and, while it is in the register, its regions, sectors and level. */
export type ProjectionShape = { id: string; regions: readonly string[]; sectors: readonly string[]; languageLevel: string };

/** The keys of an entry's projection items. */
export function projectionKeys(shape: ProjectionShape): { pk: string; sk: string }[] {
  return shape.regions.flatMap((r) => shape.sectors.map((s) => matchProjectionKey(r, s, shape.languageLevel, shape.id)));
}

/** The projection items of this version of an entry; none unless it is in the register. */
export function matchProjectionItems(e: StoredEmployer): MatchProjectionItem[] {
  if (!isVisible(e)) return [];
  const { name, regions, sectors, offers, languageLevel, educationLevel, skills } = e.employer;
  const confirmedAt = e.confirmedAt ?? e.verifiedAt ?? e.statusChangedAt;
  return projectionKeys({ id: e.id, regions, sectors, languageLevel }).map((key) => ({
    ...key,
    employerId: e.id,
    name,
    regions,
    sectors,
    offers,
    languageLevel,
    ...(educationLevel === undefined ? {} : { educationLevel }),
    skills: skills ?? [],
    confirmedAt,
    version: e.version,
  }));
}

/** The shape of the version before `e`'s latest change, as `e.projectedBefore` remembers it. */
export function projectionBefore(e: StoredEmployer): ProjectionShape | undefined {
  return e.projectedBefore && { id: e.id, ...e.projectedBefore };
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function putUnlessNewer(item: MatchProjectionItem): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk) OR #version <= :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': item.version },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

async function deleteUnlessNewer(key: { pk: string; sk: string }, version: number): Promise<void> {
  try {
    await documentClient().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: key,
        ConditionExpression: 'attribute_not_exists(pk) OR #version < :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': version },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Makes the projection agree with `after`: puts its items (none when it is not in the register)
 * and deletes the items of `before` that it no longer has. Conditional on versions, so a late sync
 * of an older version never undoes a newer one.
 */
export async function syncMatchProjection(before: ProjectionShape | undefined, after: StoredEmployer): Promise<void> {
  const items = matchProjectionItems(after);
  const keep = new Set(items.map((i) => `${i.pk}\u0000${i.sk}`));
  const obsolete = before ? projectionKeys(before).filter((k) => !keep.has(`${k.pk}\u0000${k.sk}`)) : [];
  await inParallel(items, 8, putUnlessNewer);
  await inParallel(obsolete, 8, (key) => deleteUnlessNewer(key, after.version));
}

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/**
 * Writes `items` with BatchWriteItem, 25 per request and `concurrency` requests at a time,
 * resending what DynamoDB left unprocessed (with a growing pause). Unconditional: only for
 * imports of data that is known to be new or may be overwritten.
 */
export async function batchPut(items: readonly Record<string, unknown>[], options: { concurrency?: number; onWritten?: (count: number) => void } = {}): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })));
  await inParallel(chunks, options.concurrency ?? 8, async (chunk) => {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
      if (attempt > 10) throw new Error(`BatchWriteItem: ${pending.length} item(s) bleven onverwerkt na ${attempt} pogingen.`);
      const { UnprocessedItems } = await documentClient().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
      const left = UnprocessedItems?.[tableName()] ?? [];
      options.onWritten?.(pending.length - left.length);
      pending = left;
    }
  });
}
