/**
 * `POST /api/employers`: a new registration in the employer register. 201 `{ id, status:
 * "unverified" }` and a mail with the verify link; 409 when a verified entry holds the KvK number.
 * Optional `Idempotency-Key`; per-address rate limit.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { clientIp, idempotencyKeyOf } from '#adapters/http/request-input';
import { employerSchema } from '#contracts/employer';
import { registerEmployer } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const input = readJsonBody(event, employerSchema);
  const idempotencyKey = idempotencyKeyOf(event);
  const outcome = await registerEmployer(employerDependencies(), { input, clientIp: clientIp(event), idempotencyKey });
  return jsonResult(outcome.statusCode, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
});
