/**
 * Reading a JSON request body the way the API contract asks: `application/json` only (415), a size
 * cap (413), valid JSON (400), no prototype-polluting keys (400), then a zod schema whose issues
 * become `fields` (400). Parse, don't cast: callers get `z.infer` of their schema.
 */
import type { z } from 'zod';
import { dutchErrorMap } from '#contracts/dutch-errors';
import type { HttpEvent } from './api-gateway.ts';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationFailedError, type FieldErrors } from './errors.ts';

/** Default body cap of a JSON route; the local server cuts off at a larger hard cap before this. */
export const MAX_JSON_BODY_BYTES = 32 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The raw body as bytes, decoding base64 when API Gateway (or the local converter) encoded it. */
export function bodyBytes(event: HttpEvent): Buffer {
  if (event.body === undefined) return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

/** True when the request says its body is JSON (`application/json`, any parameters). */
export function isJsonRequest(event: HttpEvent): boolean {
  const type = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Turns zod issues into `{ "contact.email": "…" }`, first message per path. An unknown key is
 * reported at its own path (`contact.phone`), not at the object that holds it, so a form can put
 * the message where the field is.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const key = path.map(String).join('.') || '_';
      fields[key] ??= issue.message;
    }
  }
  return fields;
}

/** Parses JSON text, refusing keys that could reach an object's prototype. */
export function parseJsonText(text: string): unknown {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch {
    throw new ValidationFailedError('De gegevens zijn geen geldige JSON.');
  }
  if (forbidden !== undefined) throw new ValidationFailedError(`De sleutel "${forbidden}" is niet toegestaan.`);
  return value;
}

/** Reads the event's JSON body and validates it with `schema`; throws the contract's 4xx errors. */
export function readJsonBody<T extends z.ZodType>(
  event: HttpEvent,
  schema: T,
  options: { maxBytes?: number } = {},
): z.infer<T> {
  const maxBytes = options.maxBytes ?? MAX_JSON_BODY_BYTES;
  if (!isJsonRequest(event)) throw new UnsupportedMediaTypeError();
  const bytes = bodyBytes(event);
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const parsed = schema.safeParse(parseJsonText(text), { error: dutchErrorMap });
  if (!parsed.success) throw new ValidationFailedError('Niet alle velden zijn goed ingevuld.', fieldErrors(parsed.error.issues));
  return parsed.data;
}
