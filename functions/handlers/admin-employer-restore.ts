/**
 * `POST /api/admin/employers/{id}/restore` (optional body `{ reason }`): a hidden entry back into
 * the register; the employer is told by mail. 200 `{ id, status: "verified" }`, 409 when it is not
 * hidden. Moderators only; the audit trail records their name.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { bodyBytes, readJsonBody } from '#adapters/http/json-body';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { employerIdSchema, employerRestoreRequestSchema } from '#contracts/employer';
import { restoreEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = pathParameter(event, 'id', employerIdSchema);
  // The body is optional: a restore needs no reason.
  const { reason } = bodyBytes(event).byteLength === 0 ? {} : readJsonBody(event, employerRestoreRequestSchema);
  return jsonResult(200, await restoreEmployerEntry(employerDependencies(), id, moderator.name, reason));
});
