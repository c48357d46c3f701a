import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { moderatorLoginFromEnv } from '../../functions/contracts/moderator-login.ts';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /<[a-z][^>]*\sstyle\s*=/i;
// JSON-LD and other data blocks are not executed, so CSP does not govern them.
const DATA_SCRIPT = /<script[^>]*type=["']?application\/(?:ld\+)?json/i;

/** The CSP source expression of a piece of inline code. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Collects the hashes of inline scripts and styles in one HTML document. */
export function inlineHashes(html: string): { script: string[]; style: string[]; styleAttributes: boolean } {
  const script = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !DATA_SCRIPT.test(m[0]) && m[1]!.trim() !== '')
    .map((m) => cspHash(m[1]!));
  const style = [...html.matchAll(INLINE_STYLE)].map((m) => cspHash(m[1]!));
  return { script, style, styleAttributes: STYLE_ATTRIBUTE.test(html) };
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/**
 * Writes `dist/csp-hashes.json`: the hashes of every inline script and style the build left in
 * the HTML (Astro's island bootstrap, for instance). The local server and CloudFront read it to
 * send a strict Content-Security-Policy without 'unsafe-inline'. A `style="…"` attribute cannot
 * be allowed by a hash, so one fails the build. With the moderators' hosted login configured
 * (`MODERATOR_LOGIN_URL`), its origin is listed under `connect`: the moderation page fetches its
 * token there.
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'werkpad:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const script = new Set<string>();
        const style = new Set<string>();
        const offenders: string[] = [];
        for await (const file of htmlFiles(outDir)) {
          const found = inlineHashes(await readFile(file, 'utf8'));
          found.script.forEach((h) => script.add(h));
          found.style.forEach((h) => style.add(h));
          if (found.styleAttributes) offenders.push(path.relative(outDir, file));
        }
        if (offenders.length > 0) {
          throw new Error(
            `Inline style-attributen mogen niet (CSP): ${offenders.slice(0, 5).join(', ')}. Gebruik een CSS-klasse.`,
          );
        }
        const login = moderatorLoginFromEnv(process.env);
        const result = { script: [...script].sort(), style: [...style].sort(), connect: login ? [login.url] : [] };
        await writeFile(path.join(outDir, 'csp-hashes.json'), JSON.stringify(result, null, 2) + '\n');
        logger.info(`CSP: ${result.script.length} inline script-hash(es), ${result.style.length} style-hash(es).`);
      },
    },
  };
}
