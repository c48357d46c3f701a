/**
 * `PATCH /api/employers/manage` `{ token, version, …changes }`: the employer's change. 200 with
 * the entry as reading shows it (next version); a stale version 409 (nothing overwritten).
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { employerPatchSchema } from '#contracts/employer';
import { updateEmployerEntry } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const patch = readJsonBody(event, employerPatchSchema);
  return jsonResult(200, await updateEmployerEntry(employerDependencies(), patch));
});
