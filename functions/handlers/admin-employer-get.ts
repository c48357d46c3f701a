/**
 * `GET /api/admin/employers/{id}`: one entry with its whole audit trail. Moderators only.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { employerIdSchema } from '#contracts/employer';
import { getEmployerDetail } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  requireModerator(event);
  const id = pathParameter(event, 'id', employerIdSchema);
  return jsonResult(200, await getEmployerDetail(employerDependencies(), id));
});
