/**
 * Reads the match projection (`employer-match-projection.ts`, keys in `table.ts`) for matching:
 * implements the `MatchCandidateStore` port. Each planned read (`functions/domain/match-search.ts`)
 * is one keyed Query:
 *
 *   pk = MATCH#<region>#<sector>  AND  sk < <first level out of reach>   Limit <its share>
 *
 * with a projection of only the attributes scoring needs, so each item crosses the wire small.
 * At most `MAX_PARALLEL` Queries run at once; the plan bounds their number and the items each may
 * return, so a request reads at most about `MAX_ITEMS_PER_REQUEST` items whatever the size of the
 * register. Never a Scan; the profile itself never reaches the store (keys name only region,
 * sector and level).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { EmployerCandidate } from '#domain/matching';
import type { PartitionRead } from '#domain/match-search';
import type { MatchCandidateStore } from '#domain/ports';
import { documentClient, tableName } from './client.ts';
import { inParallel, MATCH_PREFIX } from './employer-match-projection.ts';

/** Queries in flight at once per request. */
export const MAX_PARALLEL = 6;

// Parse, don't cast: a projection item that is not what scoring expects fails loudly.
const candidateSchema = z.object({
  employerId: z.string(),
  name: z.string(),
  regions: z.array(z.string()),
  sectors: z.array(z.string()),
  offers: z.array(z.string()),
  languageLevel: z.string(),
  educationLevel: z.string().optional(),
  skills: z.array(z.string()).default([]),
});

const PROJECTION = ['employerId', '#name', 'regions', 'sectors', 'offers', 'languageLevel', 'educationLevel', 'skills'].join(', ');

/** The items of one planned read, at most `read.limit`. */
async function readPartition(read: PartitionRead): Promise<EmployerCandidate[]> {
  const found: EmployerCandidate[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND sk < :below',
        ExpressionAttributeValues: { ':pk': `${MATCH_PREFIX}${read.region}#${read.sector}`, ':below': read.skBelow },
        ExpressionAttributeNames: { '#name': 'name' },
        ProjectionExpression: PROJECTION,
        Limit: read.limit - found.length,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) found.push(candidateSchema.parse(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey && found.length < read.limit);
  return found;
}

/** Runs every planned read, a few at a time; results in plan order. */
export async function readMatchCandidates(reads: readonly PartitionRead[]): Promise<EmployerCandidate[]> {
  const results: EmployerCandidate[][] = new Array(reads.length);
  const indexed = reads.map((read, index) => ({ read, index }));
  await inParallel(indexed, MAX_PARALLEL, async ({ read, index }) => {
    results[index] = await readPartition(read);
  });
  return results.flat();
}

/** The repository as the domain's port. */
export const matchCandidatesRepository: MatchCandidateStore = { read: readMatchCandidates };
