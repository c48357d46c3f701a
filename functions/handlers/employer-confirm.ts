/**
 * `POST /api/employers/confirm` `{ token }`: the yearly 'still open to statushouders' link (or the
 * manage link). 200 `{ id, status, confirmedAt }`: confirmed today; an entry hidden as stale is
 * back in the register. 404 for an unknown token, 410 for an expired link or a withdrawn entry.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { employerTokenRequestSchema } from '#contracts/employer';
import { confirmEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, employerTokenRequestSchema);
  return jsonResult(200, await confirmEmployerEntry(employerDependencies(), token));
});
