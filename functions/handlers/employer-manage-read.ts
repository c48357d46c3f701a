/**
 * `POST /api/employers/manage` `{ token }`: the entry behind a manage link, with status and
 * `version`. POST, so the token never sits in a URL. 404 for an unknown token, 410 once withdrawn.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { employerManageRequestSchema } from '#contracts/employer';
import { readManagedEmployer } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { token } = readJsonBody(event, employerManageRequestSchema);
  return jsonResult(200, await readManagedEmployer(employerDependencies(), token));
});
