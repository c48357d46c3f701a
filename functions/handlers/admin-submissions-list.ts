/**
 * `GET /api/admin/submissions?status=pending|published|rejected&limit&cursor`: a moderation queue,
 * latest status change first, with contact data. Moderators only.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { requireModerator } from '#adapters/http/moderator-auth';
import { readQuery } from '#adapters/http/request-input';
import { submissionListQuerySchema } from '#contracts/initiative';
import { listSubmissions } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  requireModerator(event);
  const query = readQuery(event, submissionListQuerySchema);
  return jsonResult(200, await listSubmissions(initiativeDependencies(), query));
});
