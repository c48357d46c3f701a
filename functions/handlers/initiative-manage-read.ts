/**
 * `POST /api/initiatives/manage` `{ token }`: the submission behind a manage link, with status,
 * version and (when rejected) the moderator's reason. POST, not GET, so the token never sits in a
 * URL. An unknown token is a 404 that says nothing about whether any submission exists.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { manageRequestSchema } from '#contracts/initiative';
import { readManagedInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, manageRequestSchema);
  return jsonResult(200, await readManagedInitiative(initiativeDependencies(), token));
});
