/**
 * `POST /api/admin/submissions/{id}/reject` `{ reason }`: rejects a pending submission and mails
 * the reason to the submitter; 200 `{ id, status: "rejected" }`, 409 when it is not pending.
 * Moderators only; the audit trail records their name and the reason.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { rejectRequestSchema, submissionIdSchema } from '#contracts/initiative';
import { rejectInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = pathParameter(event, 'id', submissionIdSchema);
  const { reason } = readJsonBody(event, rejectRequestSchema);
  return jsonResult(200, await rejectInitiative(initiativeDependencies(), id, moderator.name, reason));
});
