/**
 * `GET /api/openapi.json`: the OpenAPI 3.1 description of every route in the route table, generated
 * from the zod schemas. Built once per process; it changes only with a deploy.
 */
import { createHash } from 'node:crypto';
import { defineHandler } from '#adapters/http/handler';
import { apiOperations } from '#contracts/api-operations';
import { buildOpenApiDocument } from '#contracts/openapi';
import { apiRouteDefinitions as routeDefinitions } from './routes.ts';

let cached: { body: string; etag: string } | undefined;

function document(): { body: string; etag: string } {
  if (!cached) {
    const body = JSON.stringify(buildOpenApiDocument(routeDefinitions, apiOperations));
    cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  }
  return cached;
}

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { body, etag } = document();
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300', etag };
  if (event.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return { statusCode: 304, headers };
  return { statusCode: 200, headers, body };
});
