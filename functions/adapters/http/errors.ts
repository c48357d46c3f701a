/**
 * The HTTP error family of the API contract (DESIGN.md, "API contract") and the one place that
 * turns any thrown value into a response.
 *
 * Handlers and use cases throw these; `errorToResult` maps them by `instanceof`. Anything else is
 * a bug on our side: 500 with a fixed message, and a log line that carries the error's name and
 * stack but never the request body, query or headers (they may hold personal data).
 */
import { ConflictingChangeError, DomainError, InvalidInputError, MailDeliveryError, RateLimitExceededError } from '#domain/errors';
import { type HttpResult, jsonResult } from './api-gateway.ts';

/** Field path (zod path joined by dots) → Dutch message. */
export type FieldErrors = Record<string, string>;

/** Base of all errors that have an HTTP meaning. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  /** The fields the error is about, each with its Dutch message. */
  readonly fields: FieldErrors | undefined;
  constructor(
    statusCode: number,
    code: string,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string>; fields?: FieldErrors | undefined },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.headers = options?.headers ?? {};
    this.fields = options?.fields;
  }

  /** The error as an API response: `{ error: { code, message, fields? } }`. */
  toResponse(): HttpResult {
    const error = { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
    return jsonResult(this.statusCode, { error }, this.headers);
  }
}

/** 400: the input does not match the contract; `fields` says where. */
export class ValidationFailedError extends HttpError {
  constructor(message = 'De invoer klopt niet.', fields?: FieldErrors) {
    super(400, 'validation_failed', message, { fields });
    this.name = 'ValidationFailedError';
  }
}

/** 401: missing or invalid credential. */
export class UnauthorizedError extends HttpError {
  constructor(message = 'Log in om verder te gaan.') {
    super(401, 'unauthorized', message, { headers: { 'www-authenticate': 'Bearer' } });
    this.name = 'UnauthorizedError';
  }
}

/** 403: a valid credential without the right to do this. */
export class ForbiddenError extends HttpError {
  constructor(message = 'U hebt geen toegang tot deze functie.') {
    super(403, 'forbidden', message);
    this.name = 'ForbiddenError';
  }
}

/** 404: no such resource or path. */
export class NotFoundError extends HttpError {
  constructor(message = 'Niet gevonden.') {
    super(404, 'not_found', message);
    this.name = 'NotFoundError';
  }
}

/** 405: the path exists, the method does not; `Allow` lists what does. */
export class MethodNotAllowedError extends HttpError {
  constructor(allow: readonly string[]) {
    super(405, 'method_not_allowed', `Deze methode kan hier niet; wel: ${allow.join(', ')}.`, {
      headers: { allow: allow.join(', ') },
    });
    this.name = 'MethodNotAllowedError';
  }
}

/** 409: the change clashes with the current state (stale version, already decided, duplicate). */
export class ConflictError extends HttpError {
  /** `fields`: the field the clash is about (a KvK number already held), as a 400 names its fields. */
  constructor(message = 'Dit botst met de huidige stand van zaken.', fields?: FieldErrors) {
    super(409, 'conflict', message, { fields });
    this.name = 'ConflictError';
  }
}

/** 410: the link or token was used or has expired. */
export class GoneError extends HttpError {
  constructor(message = 'Deze link is al gebruikt of verlopen.') {
    super(410, 'gone', message);
    this.name = 'GoneError';
  }
}

/** 413: the body is larger than the route accepts. */
export class PayloadTooLargeError extends HttpError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `Het verzoek is te groot (hooguit ${Math.floor(maxBytes / 1024)} kB).`);
    this.name = 'PayloadTooLargeError';
  }
}

/** 415: the body is not JSON. */
export class UnsupportedMediaTypeError extends HttpError {
  constructor(expected = 'application/json') {
    super(415, 'unsupported_media_type', `Stuur de gegevens als ${expected}.`);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** 422: an Idempotency-Key came back with a different body. */
export class IdempotencyKeyReusedError extends HttpError {
  constructor() {
    super(422, 'idempotency_key_reused', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek.');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** 429: too many requests; `Retry-After` says when to try again. */
export class RateLimitedError extends HttpError {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Te veel verzoeken. Probeer het zo opnieuw.', {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    });
    this.name = 'RateLimitedError';
  }
}

/** 503: a dependency (the store) does not answer; `Retry-After` says when to try again. */
export class UnavailableError extends HttpError {
  constructor(message = 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.', retryAfterSeconds = 5, cause?: unknown) {
    super(503, 'unavailable', message, { cause, headers: { 'retry-after': String(retryAfterSeconds) } });
    this.name = 'UnavailableError';
  }
}

/** Where unexpected errors are reported; replaceable so tests and the server can keep output quiet. */
export type ErrorLogger = (line: string) => void;

/** The contract's HTTP error for a use case's `DomainError` (the domain itself knows nothing of HTTP). */
export function httpErrorOf(error: DomainError): HttpError {
  switch (error.kind) {
    case 'invalid_input':
      return new ValidationFailedError(error.message, error instanceof InvalidInputError ? error.fields : undefined);
    case 'not_found':
      return new NotFoundError(error.message);
    case 'conflict':
      return new ConflictError(error.message, error instanceof ConflictingChangeError && error.field ? { [error.field]: error.message } : undefined);
    case 'gone':
      return new GoneError(error.message);
    case 'idempotency_key_reused':
      return new IdempotencyKeyReusedError();
    case 'rate_limited':
      return new RateLimitedError(error instanceof RateLimitExceededError ? error.retryAfterSeconds : 60);
  }
}

// What an SDK client throws when the store cannot be reached or is overloaded: transport errors
// (refused, reset, timed out), throttling and the service's own 5xx. Judged by name, code and the
// SDK's metadata only, so this module needs no AWS import.
const transientNames = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);
const transientCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when `error` says a dependency (the store) is unreachable or overloaded, not that the request was wrong. */
export function isDependencyUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: unknown; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (transientNames.has(e.name) || (typeof e.code === 'string' && transientCodes.has(e.code))) return true;
  const status = e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  // Node wraps socket failures (`fetch failed`, AggregateError of refused addresses) in a cause.
  return e.cause !== undefined && e.cause !== error && isDependencyUnavailable(e.cause);
}

/**
 * Maps any thrown value to a response: `HttpError`s answer for themselves, domain errors by kind,
 * an unreachable store is a 503 with `Retry-After`, anything else is a 500.
 */
export function errorToResult(error: unknown, log: ErrorLogger = console.error): HttpResult {
  if (error instanceof HttpError) return error.toResponse();
  if (error instanceof DomainError) return httpErrorOf(error).toResponse();
  if (isDependencyUnavailable(error)) return new UnavailableError(undefined, 5, error).toResponse();
  if (error instanceof MailDeliveryError) {
    // The change is stored; only its mail failed, and the hourly upkeep sends it again.
    return new UnavailableError('De wijziging is opgeslagen, maar de mail kon nog niet worden verstuurd. Die gaat later alsnog uit.', 60, error).toResponse();
  }
  // Only the name and stack: an error message can quote input (a zod or SDK message may echo values).
  const name = error instanceof Error ? error.name : typeof error;
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  log(`[werkpad] onverwachte fout: ${name}\n${stack}`);
  return jsonResult(500, { error: { code: 'internal', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' } });
}
