/**
 * The site's rebuild trigger on AWS, behind the use cases' `onPublishedChanged` seam: a change to
 * what is published asks for a build of the CodeBuild project that builds the site against the live
 * table and publishes it (`infra/lib/publication.ts`).
 *
 * Debounced with one marker item (`REBUILD#SITE`, see `table.ts`), by conditional writes only:
 * - a request notes its time (`requestedAt`), then tries to claim the marker (`running`); only
 *   the one that claims it starts a build, so a burst starts one build, never two at once;
 * - requests while a build runs only note their time; when CodeBuild reports the build finished
 *   (an EventBridge rule calls the upkeep function), the marker is released and, when a request
 *   came after that build started, exactly one follow-up build starts;
 * - a claim older than `STALE_MS` (a build that never reported back) may be taken over.
 * The daily schedule asks through the same path.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getConfig } from '#config';
import { documentClient, tableName } from '../dynamodb/client.ts';
import { isConditionFailure } from '../dynamodb/conditional-writes.ts';
import { trackBackgroundWork } from '../background-work.ts';

/** The marker item's key. */
export const REBUILD_MARKER_KEY = { pk: 'REBUILD#SITE', sk: 'REBUILD' } as const;
/** Longer than the build's own timeout (30 min): a claim this old belongs to a build that is gone. */
export const STALE_MS = 45 * 60_000;

/** Starts a build of `project`; resolves with the build's id. */
export type BuildStarter = (project: string) => Promise<string>;

type CodeBuildSdk = typeof import('@aws-sdk/client-codebuild');
let codeBuild: Promise<{ sdk: CodeBuildSdk; client: InstanceType<CodeBuildSdk['CodeBuildClient']> }> | undefined;

/**
 * Starts a CodeBuild build. The SDK is loaded on the first build only (most requests never start
 * one) and is not bundled: `@aws-sdk/*` comes with the Lambda runtime.
 */
export const startCodeBuild: BuildStarter = async (project) => {
  codeBuild ??= import('@aws-sdk/client-codebuild').then((sdk) => ({ sdk, client: new sdk.CodeBuildClient({}) }));
  const { sdk, client } = await codeBuild;
  const { build } = await client.send(new sdk.StartBuildCommand({ projectName: project }));
  return build?.id ?? 'unknown';
};

/** What a request or a finished build led to. */
export type RebuildOutcome = 'started' | 'queued' | 'idle';

async function claim(now: Date): Promise<boolean> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: REBUILD_MARKER_KEY,
        UpdateExpression: 'SET running = :true, startedAt = :now REMOVE buildId',
        ConditionExpression: 'attribute_not_exists(running) OR running = :false OR startedAt < :stale',
        ExpressionAttributeValues: {
          ':true': true,
          ':false': false,
          ':now': now.toISOString(),
          ':stale': new Date(now.getTime() - STALE_MS).toISOString(),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

async function release(startedAt: string): Promise<void> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: REBUILD_MARKER_KEY,
        UpdateExpression: 'SET running = :false',
        ConditionExpression: 'startedAt = :startedAt',
        ExpressionAttributeValues: { ':false': false, ':startedAt': startedAt },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Asks for a rebuild at `now`: notes the request, and starts a build unless one is running (then
 * the running build's end starts the follow-up). A start that fails releases the claim and throws.
 */
export async function requestRebuild(project: string, now: Date, start: BuildStarter = startCodeBuild): Promise<RebuildOutcome> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: REBUILD_MARKER_KEY,
      UpdateExpression: 'SET requestedAt = :now',
      ExpressionAttributeValues: { ':now': now.toISOString() },
    }),
  );
  if (!(await claim(now))) return 'queued';
  let buildId: string;
  try {
    buildId = await start(project);
  } catch (error) {
    await release(now.toISOString());
    throw error;
  }
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: REBUILD_MARKER_KEY,
      UpdateExpression: 'SET buildId = :id',
      ConditionExpression: 'startedAt = :now',
      ExpressionAttributeValues: { ':id': buildId, ':now': now.toISOString() },
    }),
  ).catch((error: unknown) => {
    if (!isConditionFailure(error)) throw error;
  });
  return 'started';
}

/** `project:uuid` of a build, from either that form or the build's ARN (`…:build/project:uuid`). */
export function buildIdOf(idOrArn: string): string {
  const at = idOrArn.indexOf(':build/');
  return at === -1 ? idOrArn : idOrArn.slice(at + ':build/'.length);
}

/**
 * A build of the project ended (CodeBuild's state-change event, with the build's id or ARN):
 * releases the marker, unless it belongs to another build (one that took over a stale claim),
 * and starts one follow-up build when a request came after the finished build had started.
 */
export async function rebuildFinished(project: string, now: Date, start: BuildStarter = startCodeBuild, finishedBuild?: string): Promise<RebuildOutcome> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: REBUILD_MARKER_KEY, ConsistentRead: true }));
  const claimedBy = typeof Item?.buildId === 'string' ? Item.buildId : undefined;
  if (finishedBuild && claimedBy && buildIdOf(finishedBuild) !== buildIdOf(claimedBy)) return Item?.running ? 'queued' : 'idle';
  if (typeof Item?.startedAt === 'string') await release(Item.startedAt);
  const requestedAt = typeof Item?.requestedAt === 'string' ? Item.requestedAt : undefined;
  const startedAt = typeof Item?.startedAt === 'string' ? Item.startedAt : undefined;
  if (requestedAt && (!startedAt || requestedAt > startedAt)) return requestRebuild(project, now, start);
  return 'idle';
}

/**
 * `onPublishedChanged` on AWS: asks for a rebuild without making the caller wait for it (the
 * handler still does before answering, see `background-work.ts`). A failure is logged, never
 * thrown: the change itself is stored, and the daily build publishes it at the latest.
 */
export function requestSiteRebuild(): void {
  const project = getConfig().aws?.rebuildProject;
  if (!project) return;
  trackBackgroundWork(
    requestRebuild(project, new Date()).catch((error: unknown) => {
      console.error(`[werkpad] herbouw aanvragen mislukt: ${error instanceof Error ? error.name : 'onbekend'}`);
    }),
  );
}
