/**
 * `POST /api/admin/submissions/{id}/approve`: publishes a pending submission; 200
 * `{ id, status: "published" }`, 409 when it is not pending (or another moderator was first).
 * Takes no body. Moderators only; the audit trail records their name.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { requireModerator } from '#adapters/http/moderator-auth';
import { pathParameter } from '#adapters/http/request-input';
import { submissionIdSchema } from '#contracts/initiative';
import { approveInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = pathParameter(event, 'id', submissionIdSchema);
  return jsonResult(200, await approveInitiative(initiativeDependencies(), id, moderator.name));
});
