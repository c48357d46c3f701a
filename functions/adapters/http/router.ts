/**
 * A small router for the local runtime: method + path pattern (`/api/admin/submissions/{id}`).
 *
 * On AWS, API Gateway does this routing and fills `pathParameters`; locally this module does the
 * same, so a handler reads its parameters in one way in both runtimes.
 */
import type { HttpEvent, HttpHandler, HttpResult } from './api-gateway.ts';
import { errorToResult, MethodNotAllowedError, NotFoundError, type ErrorLogger } from './errors.ts';

/** One route: a method, a path pattern and how to get its handler. */
export type Route = {
  method: string;
  path: string;
  handler: () => Promise<HttpHandler>;
};

/** Outcome of matching a request against the routes. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'none' };

type Compiled = { route: Route; regex: RegExp; names: string[] };

function compile(route: Route): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}$`), names };
}

/** Builds a matcher and a dispatcher over `routes`. */
export function createRouter(routes: readonly Route[], log?: ErrorLogger) {
  const compiled = routes.map(compile);

  /** Finds the route for a method and path, or says which methods the path does take. */
  function match(method: string, path: string): RouteMatch {
    const allow = new Set<string>();
    for (const c of compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      if (c.route.method === method) {
        const params: Record<string, string> = {};
        c.names.forEach((name, i) => {
          // A malformed escape in a parameter simply does not match anything stored.
          const raw = m[i + 1] ?? '';
          try {
            params[name] = decodeURIComponent(raw);
          } catch {
            params[name] = raw;
          }
        });
        return { kind: 'found', route: c.route, params };
      }
      allow.add(c.route.method);
    }
    return allow.size > 0 ? { kind: 'wrong-method', allow: [...allow].sort() } : { kind: 'none' };
  }

  /** Runs the matching handler; unknown paths answer 404 JSON, a wrong method 405 with `Allow`. */
  async function dispatch(event: HttpEvent): Promise<HttpResult> {
    const method = event.requestContext.http.method;
    const found = match(method, event.rawPath);
    try {
      if (found.kind === 'none') throw new NotFoundError('Dit adres bestaat niet in de API.');
      if (found.kind === 'wrong-method') throw new MethodNotAllowedError(found.allow);
      const routeKey = `${found.route.method} ${found.route.path}`;
      const handler = await found.route.handler();
      return await handler({
        ...event,
        routeKey,
        pathParameters: Object.keys(found.params).length > 0 ? found.params : undefined,
        requestContext: { ...event.requestContext, routeKey },
      });
    } catch (error) {
      return errorToResult(error, log);
    }
  }

  return { match, dispatch };
}
