/**
 * `DELETE /api/employers/manage` `{ token }`: the employer leaves the register. 200 `{ id, status:
 * "withdrawn" }`: out of the API at once, contact data erased, the page gone at the next build.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { employerManageRequestSchema } from '#contracts/employer';
import { withdrawEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, employerManageRequestSchema);
  return jsonResult(200, await withdrawEmployerEntry(employerDependencies(), token));
});
