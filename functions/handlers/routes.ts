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
  openapi: () => import('./openapi.ts'),
  'initiative-create': () => import('./initiative-create.ts'),
  'initiative-manage-read': () => import('./initiative-manage-read.ts'),
  'initiative-manage-update': () => import('./initiative-manage-update.ts'),
  'initiative-manage-delete': () => import('./initiative-manage-delete.ts'),
  'admin-submissions-list': () => import('./admin-submissions-list.ts'),
  'admin-submission-get': () => import('./admin-submission-get.ts'),
  'admin-submission-approve': () => import('./admin-submission-approve.ts'),
  'admin-submission-reject': () => import('./admin-submission-reject.ts'),
  'form-initiative': () => import('./form-initiative.ts'),
  'form-werkgever': () => import('./form-werkgever.ts'),
  'form-werkgever-bevestigen': () => import('./form-werkgever-bevestigen.ts'),
  match: () => import('./match.ts'),
  'form-werk-zoeken': () => import('./form-werk-zoeken.ts'),
  'employer-create': () => import('./employer-create.ts'),
  'employer-verify': () => import('./employer-verify.ts'),
  'employer-manage-read': () => import('./employer-manage-read.ts'),
  'employer-manage-update': () => import('./employer-manage-update.ts'),
  'employer-manage-delete': () => import('./employer-manage-delete.ts'),
  'employer-link': () => import('./employer-link.ts'),
  'employer-confirm': () => import('./employer-confirm.ts'),
  'employer-list': () => import('./employer-list.ts'),
  'admin-employers-list': () => import('./admin-employers-list.ts'),
  'admin-employer-get': () => import('./admin-employer-get.ts'),
  'admin-employer-hide': () => import('./admin-employer-hide.ts'),
  'admin-employer-restore': () => import('./admin-employer-restore.ts'),
} satisfies Record<string, () => Promise<{ handler: HttpHandler }>>;

/** Module name of a handler under `functions/handlers/`. */
export type HandlerModule = keyof typeof modules;

/** A route as data: method, API Gateway path pattern and the handler module serving it. */
export type RouteDefinition = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; module: HandlerModule };

/** The route table. */
export const routeDefinitions: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/health', module: 'health' },
  { method: 'GET', path: '/api/taxonomies', module: 'taxonomies' },
  { method: 'GET', path: '/api/openapi.json', module: 'openapi' },
  { method: 'POST', path: '/api/initiatives', module: 'initiative-create' },
  { method: 'POST', path: '/api/initiatives/manage', module: 'initiative-manage-read' },
  { method: 'PATCH', path: '/api/initiatives/manage', module: 'initiative-manage-update' },
  { method: 'DELETE', path: '/api/initiatives/manage', module: 'initiative-manage-delete' },
  { method: 'GET', path: '/api/admin/submissions', module: 'admin-submissions-list' },
  { method: 'GET', path: '/api/admin/submissions/{id}', module: 'admin-submission-get' },
  { method: 'POST', path: '/api/admin/submissions/{id}/approve', module: 'admin-submission-approve' },
  { method: 'POST', path: '/api/admin/submissions/{id}/reject', module: 'admin-submission-reject' },
  // The employer register (issue 10).
  { method: 'POST', path: '/api/employers', module: 'employer-create' },
  { method: 'GET', path: '/api/employers', module: 'employer-list' },
  { method: 'POST', path: '/api/employers/verify', module: 'employer-verify' },
  { method: 'POST', path: '/api/employers/manage', module: 'employer-manage-read' },
  { method: 'PATCH', path: '/api/employers/manage', module: 'employer-manage-update' },
  { method: 'DELETE', path: '/api/employers/manage', module: 'employer-manage-delete' },
  { method: 'POST', path: '/api/employers/link', module: 'employer-link' },
  { method: 'POST', path: '/api/employers/confirm', module: 'employer-confirm' },
  { method: 'GET', path: '/api/admin/employers', module: 'admin-employers-list' },
  { method: 'GET', path: '/api/admin/employers/{id}', module: 'admin-employer-get' },
  { method: 'POST', path: '/api/admin/employers/{id}/hide', module: 'admin-employer-hide' },
  { method: 'POST', path: '/api/admin/employers/{id}/restore', module: 'admin-employer-restore' },
  { method: 'POST', path: '/api/match', module: 'match' },
  // 'Werk zoeken' without JavaScript: the results come back in the page (the profile only ever in the body).
  { method: 'POST', path: '/forms/werk-zoeken', module: 'form-werk-zoeken' },
  // The form without JavaScript: its page is served with a fresh fill-time token, its post
  // handled like the API. On AWS these paths go to the API as well.
  { method: 'GET', path: '/initiatief-aanmelden/', module: 'form-initiative' },
  { method: 'GET', path: '/en/initiatief-aanmelden/', module: 'form-initiative' },
  { method: 'POST', path: '/forms/initiatief', module: 'form-initiative' },
  // The employer register's forms without JavaScript: registering, and confirming a pasted mail link.
  { method: 'GET', path: '/werkgever-aanmelden/', module: 'form-werkgever' },
  { method: 'GET', path: '/en/werkgever-aanmelden/', module: 'form-werkgever' },
  { method: 'POST', path: '/forms/werkgever', module: 'form-werkgever' },
  { method: 'POST', path: '/forms/werkgever-bevestigen', module: 'form-werkgever-bevestigen' },
];

/** The JSON API's routes: what the OpenAPI document describes. */
export const apiRouteDefinitions = routeDefinitions.filter((r) => r.path.startsWith('/api/'));

/** Page paths that a handler serves instead of the static site (the form pages). */
export const dynamicPagePaths: ReadonlySet<string> = new Set(
  routeDefinitions.filter((r) => !r.path.startsWith('/api/') && !r.path.startsWith('/forms/')).map((r) => r.path),
);

/**
 * The table with loaders, as the local router takes it. Marked pure so a bundle that reads only the
 * definitions (`openapi`, `not-found`) drops the loaders, and with them every other handler.
 */
export const routes: readonly Route[] = /* @__PURE__ */ routeDefinitions.map((r) => ({
  method: r.method,
  path: r.path,
  handler: async () => (await modules[r.module]()).handler,
}));
