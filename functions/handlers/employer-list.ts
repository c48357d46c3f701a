/**
 * `GET /api/employers?region&sector&offer&languageLevel&limit&cursor`: the public register, live
 * and paged (`{ items, nextCursor }`). Company data only, never contact data. An unknown filter
 * value is a 400 naming the parameter.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readQuery } from '#adapters/http/request-input';
import { employerListQuerySchema } from '#contracts/employer';
import { listPublicEmployers } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const query = readQuery(event, employerListQuerySchema);
  return jsonResult(200, await listPublicEmployers(employerDependencies(), query));
});
