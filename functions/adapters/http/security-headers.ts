/**
 * The security headers of DESIGN.md ("Quality bars"), the same locally and on CloudFront: this
 * function is pure so the CDK app can build its response-headers policy from the same output.
 *
 * Inline scripts and styles are allowed only by their build-time hashes, which the site build writes
 * to `dist/csp-hashes.json` (`{ "script": ["'sha256-…'"], "style": [...] }`). Pagefind compiles
 * WebAssembly, hence `'wasm-unsafe-eval'`; there is never `'unsafe-inline'` for scripts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Hash sources as the build writes them, quotes included, and the https origins the pages may
 * fetch from besides their own (the moderators' hosted login on AWS, when the build knows it).
 */
export const cspHashesSchema = z.strictObject({
  script: z.array(z.string().regex(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/)).default([]),
  style: z.array(z.string().regex(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/)).default([]),
  // https origins; plain http only on this machine's loopback (a stand-in login in the tests).
  connect: z.array(z.string().regex(/^(https:\/\/[a-z0-9.-]+|http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?)$/)).default([]),
});
export type CspHashes = z.input<typeof cspHashesSchema>;

/** The Content-Security-Policy value for the given inline script and style hashes (and fetch origins). */
export function contentSecurityPolicy(hashes: CspHashes): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...(hashes.script ?? [])].join(' '),
    ["style-src 'self'", ...(hashes.style ?? [])].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...(hashes.connect ?? [])].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Every security header, lower-case names, for any response (pages, assets and API alike). */
export function securityHeaders(hashes: CspHashes = {}): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(hashes),
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Reads `csp-hashes.json` from a built site folder; empty lists when the file is absent. */
export async function loadCspHashes(siteDir: string): Promise<CspHashes> {
  const file = path.join(siteDir, 'csp-hashes.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = cspHashesSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is ongeldig: verwacht { "script": ["'sha256-…'"], "style": [...], "connect": ["https://…"] }`, { cause: parsed.error });
  return parsed.data;
}
