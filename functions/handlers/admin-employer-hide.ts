/**
 * `POST /api/admin/employers/{id}/hide` `{ reason }`: takes a verified entry out of the register;
 * the employer gets the reason by mail. 200 `{ id, status: "hidden" }`, 409 when it is not
 * verified. Moderators only; the audit trail records their name and the reason.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { employerHideRequestSchema, employerIdSchema } from '#contracts/employer';
import { hideEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = pathParameter(event, 'id', employerIdSchema);
  const { reason } = readJsonBody(event, employerHideRequestSchema);
  return jsonResult(200, await hideEmployerEntry(employerDependencies(), id, moderator.name, reason));
});
