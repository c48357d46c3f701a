/**
 * `POST /api/initiatives`: a new initiative submission. 201 `{ id, status: "pending" }`, and a mail
 * with the manage link to the contact. Optional `Idempotency-Key`; per-address rate limit.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { clientIp, idempotencyKeyOf } from '#adapters/http/request-input';
import { initiativeSchema } from '#contracts/initiative';
import { submitInitiative } from '#domain/initiative-submissions';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const input = readJsonBody(event, initiativeSchema);
  const idempotencyKey = idempotencyKeyOf(event);
  const outcome = await submitInitiative(initiativeDependencies(), { input, clientIp: clientIp(event), idempotencyKey });
  return jsonResult(outcome.statusCode, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
});
