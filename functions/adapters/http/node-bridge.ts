/**
 * Converts between node:http and the API Gateway HTTP API v2 payload, so the local server hands
 * handlers exactly what API Gateway would (lower-case headers, cookies apart, text or base64 body).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { HttpEvent, HttpResult } from './api-gateway.ts';

// Bodies of these types travel as text; anything else as base64, as API Gateway does.
const TEXT_TYPES = /^(text\/|application\/(json|x-www-form-urlencoded|xml|[\w.+-]+\+json|[\w.+-]+\+xml)\b)/i;

/** Builds a v2 event from a Node request and its already-read body. */
export function toHttpEvent(req: IncomingMessage, body: Buffer): HttpEvent {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q === -1 ? url : url.slice(0, q);
  const rawQueryString = q === -1 ? '' : url.slice(q + 1);

  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') {
      cookies = (Array.isArray(value) ? value.join('; ') : value).split(/;\s*/).filter(Boolean);
      continue;
    }
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }

  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString) {
    queryStringParameters = {};
    for (const [k, v] of new URLSearchParams(rawQueryString)) {
      // API Gateway joins repeated parameters with a comma.
      queryStringParameters[k] = queryStringParameters[k] === undefined ? v : `${queryStringParameters[k]},${v}`;
    }
  }

  const method = (req.method ?? 'GET').toUpperCase();
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      requestId: randomUUID(),
      routeKey: '$default',
      timeEpoch: Date.now(),
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
    },
    ...(body.byteLength > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.byteLength > 0 && !isText,
  };
}

/** A result ready for node:http: status, headers (lower case, `set-cookie` as a list) and bytes. */
export type NodeResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer };

/** Turns a v2 result into what node:http writes; a result without content type that has a body is JSON, as API Gateway assumes. */
export function fromHttpResult(result: HttpResult): NodeResponse {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = v;
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  if (body.byteLength > 0 && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  return { status: result.statusCode, headers, body };
}
