import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { HttpEvent } from '../../functions/adapters/http/api-gateway.ts';
import { errorToResult, HttpError, isDependencyUnavailable, RateLimitedError, UnavailableError } from '../../functions/adapters/http/errors.ts';
import { readJsonBody } from '../../functions/adapters/http/json-body.ts';

const schema = z.strictObject({
  name: z.string().min(1, 'vul een naam in'),
  contact: z.strictObject({ email: z.email('vul een geldig e-mailadres in') }),
  regions: z.array(z.enum(['twente'], { error: 'kies een bestaande regio' })),
});

function event(body: string | undefined, contentType = 'application/json', base64 = false): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /api/x',
    rawPath: '/api/x',
    rawQueryString: '',
    headers: contentType ? { 'content-type': contentType } : {},
    requestContext: {
      requestId: 'r',
      routeKey: 'POST /api/x',
      timeEpoch: 0,
      http: { method: 'POST', path: '/api/x', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: '' },
    },
    ...(body === undefined ? {} : { body: base64 ? Buffer.from(body).toString('base64') : body }),
    isBase64Encoded: base64,
  };
}

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    const result = errorToResult(error, () => {});
    return { status: result.statusCode, headers: result.headers, body: JSON.parse(result.body ?? '{}') };
  }
  throw new Error('expected an error');
}

const valid = { name: 'Bouwbedrijf', contact: { email: 'info@example.org' }, regions: ['twente'] };

describe('readJsonBody', () => {
  it('returns the parsed value of a valid body, base64 or not, with a charset parameter', () => {
    expect(readJsonBody(event(JSON.stringify(valid), 'application/json; charset=utf-8'), schema)).toEqual(valid);
    expect(readJsonBody(event(JSON.stringify(valid), 'application/json', true), schema)).toEqual(valid);
  });

  it('answers 415 for a body that is not application/json', () => {
    const res = thrown(() => readJsonBody(event('name=x', 'application/x-www-form-urlencoded'), schema));
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 above the size limit', () => {
    const res = thrown(() => readJsonBody(event(JSON.stringify({ ...valid, name: 'x'.repeat(40_000) })), schema));
    expect(res).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it.each(['{', '', 'nul'])('answers 400 for invalid JSON %j', (text) => {
    expect(thrown(() => readJsonBody(event(text), schema)).body.error.code).toBe('validation_failed');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere in the body', (key) => {
    const text = `{"name":"x","contact":{"${key}":{"polluted":true},"email":"a@b.nl"},"regions":[]}`;
    const res = thrown(() => readJsonBody(event(text), z.unknown()));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names every wrong field by its dotted path with the schema message', () => {
    const res = thrown(() => readJsonBody(event(JSON.stringify({ name: '', contact: { email: 'nee' }, regions: ['mars'] })), schema));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      name: 'vul een naam in',
      'contact.email': 'vul een geldig e-mailadres in',
      'regions.0': 'kies een bestaande regio',
    });
  });
});

describe('errorToResult', () => {
  it('answers 429 and 503 with Retry-After', () => {
    expect(errorToResult(new RateLimitedError(12.2)).headers).toMatchObject({ 'retry-after': '13' });
    expect(errorToResult(new UnavailableError()).headers).toMatchObject({ 'retry-after': '5' });
  });

  it('turns an unknown error into a 500 without its message, and logs no message either', () => {
    const lines: string[] = [];
    const result = errorToResult(new Error('db down for jan@example.org'), (l) => lines.push(l));
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body!)).toEqual({ error: { code: 'internal', message: expect.stringMatching(/^Er ging iets mis/) } });
    expect(result.body).not.toContain('jan@example.org');
    expect(lines.join('\n')).not.toContain('jan@example.org');
  });

  it('answers 503 with Retry-After when the store cannot be reached or is overloaded', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4567'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('fetch failed', { cause: refused });
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    const serverSide = Object.assign(new Error('oops'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } });
    const timeout = Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' });
    for (const error of [refused, wrapped, throttled, serverSide, timeout]) {
      const result = errorToResult(error, () => {});
      expect(result.statusCode, error.message).toBe(503);
      expect(result.headers).toMatchObject({ 'retry-after': '5' });
      expect(JSON.parse(result.body!).error.code).toBe('unavailable');
    }
  });

  it('does not take a client-side SDK error or a plain bug for an outage', () => {
    const validation = Object.assign(new Error('One or more parameter values were invalid'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(isDependencyUnavailable(validation)).toBe(false);
    expect(isDependencyUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDependencyUnavailable('ECONNREFUSED')).toBe(false);
  });

  it('keeps an HttpError subclass recognisable by instanceof and name', () => {
    const error = new RateLimitedError(1);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.name).toBe('RateLimitedError');
  });
});
