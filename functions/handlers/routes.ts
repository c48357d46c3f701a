/**
 * Every API and form route, listed once. The local server routes by this table; the CDK app reads
 * the same list to create one function per route (entry `functions/handlers/<module>.ts`, export
 * `handler`). Handlers load lazily so reading the table does not import their code.
 */
import type { HttpHandler } from '#adapters/http/api-gateway';
import type { Route } from '#adapters/http/router';

// Each module exports `handler`; `satisfies` checks that without widening the names.
const modules = {
  health: () => import('./health.ts'),
  taxonomies: () => import('./taxonomies.ts'),
} satisfies Record<string, () => Promise<{ handler: HttpHandler }>>;

/** Module name of a handler under `functions/handlers/`. */
export type HandlerModule = keyof typeof modules;

/** A route as data: method, API Gateway path pattern and the handler module serving it. */
export type RouteDefinition = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; module: HandlerModule };

/** The route table. */
export const routeDefinitions: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/health', module: 'health' },
  { method: 'GET', path: '/api/taxonomies', module: 'taxonomies' },
];

/** The table with loaders, as the local router takes it. */
export const routes: readonly Route[] = routeDefinitions.map((r) => ({
  method: r.method,
  path: r.path,
  handler: async () => (await modules[r.module]()).handler,
}));
