import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { HttpEvent } from '../../functions/adapters/http/api-gateway.ts';
import { errorToResult } from '../../functions/adapters/http/errors.ts';
import { clientIp, idempotencyKeyOf, pathParameter, readQuery } from '../../functions/adapters/http/request-input.ts';
import {
  ConflictingChangeError,
  IdempotencyKeyMismatchError,
  InvalidInputError,
  RateLimitExceededError,
  SubmissionNotFoundError,
} from '../../functions/domain/errors.ts';

function event(parts: Partial<HttpEvent> = {}): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'GET /x',
    rawPath: '/x',
    rawQueryString: '',
    headers: {},
    requestContext: { requestId: 'r', routeKey: 'GET /x', timeEpoch: 0, http: { method: 'GET', path: '/x', protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: '' } },
    isBase64Encoded: false,
    ...parts,
  };
}

const statusOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return errorToResult(error, () => {}).statusCode;
  }
  return 200;
};

describe('request input', () => {
  it('takes the client address from the request context, never from X-Forwarded-For', () => {
    expect(clientIp(event({ headers: { 'x-forwarded-for': '203.0.113.9' } }))).toBe('198.51.100.7');
  });

  it('reads an Idempotency-Key of visible ASCII and refuses anything else with 400', () => {
    expect(idempotencyKeyOf(event())).toBeUndefined();
    expect(idempotencyKeyOf(event({ headers: { 'idempotency-key': 'a1b2-c3' } }))).toBe('a1b2-c3');
    expect(statusOf(() => idempotencyKeyOf(event({ headers: { 'idempotency-key': '' } })))).toBe(400);
    expect(statusOf(() => idempotencyKeyOf(event({ headers: { 'idempotency-key': 'met spatie' } })))).toBe(400);
    expect(statusOf(() => idempotencyKeyOf(event({ headers: { 'idempotency-key': 'x'.repeat(256) } })))).toBe(400);
  });

  it('validates the query and a path parameter', () => {
    const schema = z.strictObject({ n: z.coerce.number().int().max(5, 'te groot') });
    expect(readQuery(event({ queryStringParameters: { n: '3' } }), schema)).toEqual({ n: 3 });
    expect(statusOf(() => readQuery(event({ queryStringParameters: { n: '9' } }), schema))).toBe(400);
    expect(statusOf(() => pathParameter(event({ pathParameters: { id: '../x' } }), 'id', z.string().regex(/^[a-z]+$/)))).toBe(404);
  });
});

describe('errorToResult for domain errors', () => {
  it.each([
    [new SubmissionNotFoundError(), 404, 'not_found', {}],
    [new ConflictingChangeError('Al beslist.'), 409, 'conflict', {}],
    [new IdempotencyKeyMismatchError(), 422, 'idempotency_key_reused', {}],
    [new RateLimitExceededError(17), 429, 'rate_limited', { 'retry-after': '17' }],
    [new InvalidInputError({ cursor: 'ongeldig' }), 400, 'validation_failed', {}],
  ])('maps %s to its contract status and code', (error, status, code, headers) => {
    const result = errorToResult(error, () => {});
    expect(result.statusCode).toBe(status);
    expect(JSON.parse(result.body!).error.code).toBe(code);
    expect(result.headers).toMatchObject(headers);
  });

  it('keeps the fields of an invalid input', () => {
    expect(JSON.parse(errorToResult(new InvalidInputError({ cursor: 'ongeldig' })).body!).error.fields).toEqual({ cursor: 'ongeldig' });
  });
});
