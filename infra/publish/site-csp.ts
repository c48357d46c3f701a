/**
 * Prints the Content-Security-Policy of a build for CloudFront's key-value store (the publication
 * runs it in CodeBuild, `infra/lib/publication-stack.ts`), built by the same function as the local
 * server's headers. While the new pages replace the old ones, both builds' inline hashes are
 * allowed, as long as the value fits the store's 1 KB limit; otherwise only the new build's.
 *
 *   node infra/publish/site-csp.ts dist/csp-hashes.json [previous-csp-hashes.json]
 */
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, cspHashesSchema, type CspHashes } from '../../functions/adapters/http/security-headers.ts';

/** A key-value store value holds at most 1 KB. */
export const MAX_CSP_BYTES = 1024;

function read(file: string | undefined): CspHashes {
  if (!file) return {};
  try {
    return cspHashesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
}

/** The CSP for `next`, with `previous`'s hashes too when the value still fits. */
export function publishedCsp(next: CspHashes, previous: CspHashes): string {
  // Fetch origins are the new build's own: they are settings, not something old pages still need.
  const union = contentSecurityPolicy({
    script: [...new Set([...(next.script ?? []), ...(previous.script ?? [])])],
    style: [...new Set([...(next.style ?? []), ...(previous.style ?? [])])],
    connect: next.connect ?? [],
  });
  if (Buffer.byteLength(union) <= MAX_CSP_BYTES) return union;
  const only = contentSecurityPolicy(next);
  if (Buffer.byteLength(only) > MAX_CSP_BYTES) throw new Error(`De CSP van deze build is groter dan ${MAX_CSP_BYTES} bytes.`);
  return only;
}

if (import.meta.main) {
  const [nextFile, previousFile] = process.argv.slice(2);
  if (!nextFile) throw new Error('Gebruik: node infra/publish/site-csp.ts dist/csp-hashes.json [vorige-csp-hashes.json]');
  const next = cspHashesSchema.parse(JSON.parse(readFileSync(nextFile, 'utf8')));
  process.stdout.write(publishedCsp(next, read(previousFile)));
}
