/**
 * Hashes for what Werkpad must recognise but never keep in the clear: manage tokens, Idempotency-Keys,
 * client IP addresses, and the fingerprint of a request (to tell "the same request again" from
 * "another request with the same key").
 */
import { createHash, createHmac } from 'node:crypto';

/**
 * HMAC-SHA-256 of `text` under `key`, as hex. For values from a small space (an IPv4 address has
 * 2^32), a plain hash can be reversed by trying them all; without the key it cannot.
 */
export function hmacSha256Hex(key: string, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** SHA-256 of `text`, as 64 lower-case hex characters. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Keys sorted and `undefined` dropped, so `{a, b}` and `{b, a}` (or an absent optional field) hash alike.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** A stable SHA-256 of a JSON-like value: equal for equal content, whatever the key order. */
export function fingerprint(value: unknown): string {
  return sha256Hex(JSON.stringify(canonical(value)));
}
