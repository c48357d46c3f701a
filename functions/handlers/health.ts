/**
 * `GET /api/health`: 200 `{ status: "ok" }` when the store answers, else 503 with `Retry-After`.
 */
import { ping } from '#adapters/dynamodb/client';
import { jsonResult } from '#adapters/http/api-gateway';
import { UnavailableError } from '#adapters/http/errors';
import { defineHandler } from '#adapters/http/handler';

/** Lambda entry and local route target. */
export const handler = defineHandler(async () => {
  if (!(await ping())) throw new UnavailableError('De opslag antwoordt niet. Probeer het zo opnieuw.', 5);
  return jsonResult(200, { status: 'ok' });
});
