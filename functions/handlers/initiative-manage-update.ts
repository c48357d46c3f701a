/**
 * `PATCH /api/initiatives/manage` `{ token, version, …changes }`: the submitter's correction. 200
 * with the submission as `POST /api/initiatives/manage` shows it (status `pending`, next version);
 * a stale version answers 409, an unknown token 404.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { initiativePatchSchema } from '#contracts/initiative';
import { correctInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const patch = readJsonBody(event, initiativePatchSchema);
  return jsonResult(200, await correctInitiative(initiativeDependencies(), patch));
});
