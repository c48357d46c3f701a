/**
 * Random identifiers: submission ids people may read out loud, and manage tokens that only a mail
 * carries. Both come from the system's CSPRNG.
 */
import { randomBytes } from 'node:crypto';

// 32 symbols without the look-alikes 0/o, 1/l: 16 of them carry 80 bits.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new submission id: 16 characters from `[a-km-z2-9]`. */
export function newSubmissionId(): string {
  const bytes = randomBytes(16);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/** A new manage token: 32 random bytes as 43 base64url characters. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}
