/**
 * API Gateway's `$default` route on AWS: whatever no route of the table takes. A path the table
 * knows with another method answers 405 with `Allow`, anything else 404, both in the contract's
 * error format (locally the router does the same).
 */
import { MethodNotAllowedError, NotFoundError } from '#adapters/http/errors';
import { defineHandler } from '#adapters/http/handler';
import { createRouter } from '#adapters/http/router';
import { routeDefinitions } from './routes.ts';

// Only for matching: a route found here was not routed by API Gateway, so it has no handler here.
const router = createRouter(
  routeDefinitions.map((r) => ({ method: r.method, path: r.path, handler: () => Promise.reject(new NotFoundError()) })),
);

/** Lambda entry of the `$default` route. */
export const handler = defineHandler(async (event) => {
  const found = router.match(event.requestContext.http.method, event.rawPath);
  if (found.kind === 'wrong-method') throw new MethodNotAllowedError(found.allow);
  throw new NotFoundError('Dit adres bestaat niet in de API.');
});
