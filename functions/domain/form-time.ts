/**
 * The time trap of the form routes. The form page is served with a token that says when it was
 * rendered, signed so a bot cannot make one up; a form posted back sooner than a person could fill
 * it in, or without a valid token, is treated as automated.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

function sign(secret: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`form-time:${issuedAt}`).digest('base64url');
}

/** A token for a form rendered at `now` (ms since epoch). */
export function issueFormTime(secret: string, now: number): string {
  return `${now}.${sign(secret, now)}`;
}

/** Why a posted form failed the time trap, or `undefined` when it passed. */
export function checkFormTime(
  token: string,
  secret: string,
  now: number,
  minSeconds: number,
): 'missing' | 'forged' | 'too-fast' | 'expired' | undefined {
  if (minSeconds <= 0) return undefined;
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'missing';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged';
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  // A day is plenty to fill in a form; older tokens may have been harvested.
  if (now - issuedAt > 24 * 60 * 60 * 1000) return 'expired';
  return undefined;
}
