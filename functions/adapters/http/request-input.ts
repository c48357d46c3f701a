/**
 * Reading the parts of a request other than the JSON body: the client address, the
 * `Idempotency-Key` header, query parameters and path parameters. Each is parsed, never cast, and a
 * client mistake becomes a 4xx from the contract.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { getConfig } from '#config';
import { dutchErrorMap } from '#contracts/dutch-errors';
import type { HttpEvent } from './api-gateway.ts';
import { NotFoundError, ValidationFailedError } from './errors.ts';
import { fieldErrors } from './json-body.ts';

/**
 * The client's address, never from `X-Forwarded-For`, which a client can write itself. Locally and
 * for a direct call to API Gateway: the connection's address (`requestContext.http.sourceIp`).
 * Behind CloudFront that would be an edge server, so there the viewer's address comes from the
 * `CloudFront-Viewer-Address` header (`ip:port`), believed only when the request also carries the
 * secret `x-origin-verify` value that CloudFront adds and a client cannot know.
 */
export function clientIp(event: HttpEvent): string {
  const expected = getConfig().aws?.originVerify;
  const viewer = event.headers['cloudfront-viewer-address'];
  if (expected && viewer && sameSecret(event.headers['x-origin-verify'] ?? '', expected)) {
    const ip = viewer.slice(0, Math.max(0, viewer.lastIndexOf(':'))).replace(/^\[|\]$/g, '');
    if (ip) return ip;
  }
  return event.requestContext.http.sourceIp || 'unknown';
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, createHash('sha256').update(expected).digest());
}

// Printable ASCII, as Stripe and the IETF draft use; a UUID fits easily.
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/** The `Idempotency-Key` header, or undefined when absent; 400 when it is empty, too long or not printable ASCII. */
export function idempotencyKeyOf(event: HttpEvent): string | undefined {
  const key = event.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationFailedError('De Idempotency-Key klopt niet.', {
      'Idempotency-Key': 'gebruik 1 tot 255 zichtbare ASCII-tekens, bijvoorbeeld een UUID',
    });
  }
  return key;
}

/** Validates the query string with `schema`; 400 with a message per parameter. */
export function readQuery<T extends z.ZodType>(event: HttpEvent, schema: T): z.infer<T> {
  const parsed = schema.safeParse({ ...(event.queryStringParameters ?? {}) }, { error: dutchErrorMap });
  if (!parsed.success) throw new ValidationFailedError('Niet alle parameters kloppen.', fieldErrors(parsed.error.issues));
  return parsed.data;
}

/** A path parameter that must match `schema`; anything else is a resource that does not exist (404). */
export function pathParameter<T extends z.ZodType<string>>(event: HttpEvent, name: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(event.pathParameters?.[name]);
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}
