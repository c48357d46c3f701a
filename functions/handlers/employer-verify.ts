/**
 * `POST /api/employers/verify` `{ token }`: the link from the registration mail. 200 `{ id,
 * status: "verified", confirmedAt }`; a used, expired or unknown link 410 (nothing changes); 409
 * when another registration of the same KvK number was verified first.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { employerTokenRequestSchema } from '#contracts/employer';
import { verifyEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, employerTokenRequestSchema);
  return jsonResult(200, await verifyEmployerEntry(employerDependencies(), token));
});
