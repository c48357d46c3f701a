/**
 * `GET /api/admin/employers?status=unverified|verified|hidden|withdrawn&limit&cursor`: the
 * register per status (default `verified`), with contact data. Moderators only.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { requireModerator } from '#adapters/http/moderator-auth';
import { readQuery } from '#adapters/http/request-input';
import { adminEmployerListQuerySchema } from '#contracts/employer';
import { listEmployers } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  requireModerator(event);
  const query = readQuery(event, adminEmployerListQuerySchema);
  return jsonResult(200, await listEmployers(employerDependencies(), query));
});
