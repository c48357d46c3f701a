/**
 * `GET /api/admin/submissions/{id}`: one submission with its whole audit trail. Moderators only.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { submissionIdSchema } from '#contracts/initiative';
import { getSubmissionDetail } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  requireModerator(event);
  const id = pathParameter(event, 'id', submissionIdSchema);
  return jsonResult(200, await getSubmissionDetail(initiativeDependencies(), id));
});
