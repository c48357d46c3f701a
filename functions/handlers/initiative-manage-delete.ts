/**
 * `DELETE /api/initiatives/manage` `{ token }`: the submitter withdraws the submission through the
 * manage link. 200 `{ id, status: "withdrawn" }`; the contact data is erased and a published page
 * leaves the site with the next (scheduled) build. An unknown token answers 404 as reading does, a
 * withdrawn one 410, a change that raced another 409.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { withdrawalRequestSchema } from '#contracts/initiative';
import { withdrawInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, withdrawalRequestSchema);
  return jsonResult(200, await withdrawInitiative(initiativeDependencies(), token));
});
