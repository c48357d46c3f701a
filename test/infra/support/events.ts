/**
 * API Gateway HTTP API (payload 2.0) events as API Gateway sends them to a route's function: the
 * route key of the matched route, lower-case headers, a text body, and for admin routes the claims
 * the JWT authorizer verified.
 */
import type { HttpEvent } from '../../../functions/adapters/http/api-gateway.ts';

/** Options of one event. */
export type EventOptions = {
  /** `"POST /api/initiatives"` as in the route table; `$default` for the fallback route. */
  routeKey: string;
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string;
  pathParameters?: Record<string, string>;
  claims?: Record<string, string>;
  sourceIp?: string;
};

/** An HTTP API v2 event. */
export function httpEvent(o: EventOptions): HttpEvent {
  return {
    version: '2.0',
    routeKey: o.routeKey,
    rawPath: o.path,
    rawQueryString: o.query ?? '',
    headers: { host: 'api.example', 'user-agent': 'bundle-test', ...(o.headers ?? {}) },
    ...(o.query ? { queryStringParameters: Object.fromEntries(new URLSearchParams(o.query)) } : {}),
    ...(o.pathParameters ? { pathParameters: o.pathParameters } : {}),
    requestContext: {
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: o.routeKey,
      timeEpoch: Date.now(),
      http: { method: o.method, path: o.path, protocol: 'HTTP/1.1', sourceIp: o.sourceIp ?? '198.51.100.7', userAgent: 'bundle-test' },
      ...(o.claims ? { authorizer: { jwt: { claims: o.claims, scopes: null } } } : {}),
    },
    ...(o.body !== undefined ? { body: o.body } : {}),
    isBase64Encoded: false,
  };
}

/** A JSON request event. */
export function jsonEvent(routeKey: string, path: string, body: unknown, extra: Partial<EventOptions> = {}): HttpEvent {
  const [method] = routeKey.split(' ');
  return httpEvent({ routeKey, method: method!, path, body: JSON.stringify(body), ...extra, headers: { 'content-type': 'application/json', ...(extra.headers ?? {}) } });
}

/** Claims of a moderator as a Cognito ID token carries them (HTTP API flattens the group list). */
export function moderatorClaims(name = 'anna', groups = '[moderators]'): Record<string, string> {
  return { sub: `sub-${name}`, 'cognito:username': name, 'cognito:groups': groups, token_use: 'id' };
}
