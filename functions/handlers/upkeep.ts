/**
 * The upkeep function on AWS, started by EventBridge (never by HTTP):
 * - hourly (`{ "task": "hourly" }`): deletes expired idempotency records the table's TTL has not
 *   yet removed, finishes changes that stopped half-way (so no mail is lost and no contact
 *   outlives its withdrawal), and keeps the employer register fresh (yearly 'still open' mails,
 *   stale entries hidden): what the local server runs hourly (`scripts/server.ts`);
 * - daily (`{ "task": "daily-rebuild" }`): asks for a site rebuild, so dates that change meaning
 *   (a scheme's status) are recomputed;
 * - CodeBuild's "Build State Change" for the site project: releases the rebuild marker and starts
 *   the follow-up build when changes came in during the build (`site-rebuild.ts`).
 * Results are logged as counts only.
 */
import { z } from 'zod';
import { getConfig } from '#config';
import { rebuildFinished, requestRebuild } from '#adapters/aws/site-rebuild';
import { settleBackgroundWork } from '#adapters/background-work';
import { sweepExpired } from '#adapters/dynamodb/expiry-sweep';
import { runEmployerUpkeep } from '#domain/employer-register';
import { finishStalledChanges } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';
import { employerDependencies } from './employer-dependencies.ts';

/** The events this function takes. */
export const upkeepEventSchema = z.union([
  z.object({ task: z.enum(['hourly', 'daily-rebuild']) }),
  z.object({
    source: z.literal('aws.codebuild'),
    'detail-type': z.literal('CodeBuild Build State Change'),
    detail: z.object({ 'build-status': z.string(), 'project-name': z.string(), 'build-id': z.string().optional() }),
  }),
]);

/** What one run did, for the log and for tests. */
export type UpkeepResult =
  | { task: 'hourly'; deleted: number; finished: number; employers: { finished: number; reminded: number; hidden: number } }
  | { task: 'daily-rebuild' | 'build-finished'; rebuild: string };

function rebuildProject(): string {
  const project = getConfig().aws?.rebuildProject;
  if (!project) throw new Error('REBUILD_PROJECT ontbreekt: de upkeep kan geen herbouw starten.');
  return project;
}

/** Lambda entry. */
export async function handler(event: unknown): Promise<UpkeepResult> {
  const parsed = upkeepEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('Onbekende upkeep-opdracht.');
  const input = parsed.data;
  let result: UpkeepResult;
  if ('task' in input && input.task === 'hourly') {
    const { deleted } = await sweepExpired();
    const finished = await finishStalledChanges(initiativeDependencies());
    const { finished: employersFinished, reminded, hidden } = await runEmployerUpkeep(employerDependencies());
    result = { task: 'hourly', deleted, finished, employers: { finished: employersFinished, reminded, hidden } };
  } else if ('task' in input) {
    result = { task: 'daily-rebuild', rebuild: await requestRebuild(rebuildProject(), new Date()) };
  } else {
    result = { task: 'build-finished', rebuild: await rebuildFinished(rebuildProject(), new Date(), undefined, input.detail['build-id']) };
  }
  await settleBackgroundWork();
  console.log(JSON.stringify({ message: 'upkeep', ...result }));
  return result;
}
