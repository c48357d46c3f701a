/**
 * A tiny built site in a temporary folder, shaped like Astro's `dist/`: pages in directory format,
 * a 404 page, a content-hashed asset, Pagefind files and the build's `csp-hashes.json`. A secret
 * file sits next to (outside) the site so path-traversal tests have something to fail to reach.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The fixture's folders, the hashes it declares and a way to remove it. */
export type SiteFixture = {
  root: string;
  siteDir: string;
  secret: string;
  scriptHash: string;
  styleHash: string;
  cleanup: () => void;
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Writes the fixture site; call `cleanup()` when done. */
export function createSiteFixture(): SiteFixture {
  const root = mkdtempSync(path.join(tmpdir(), 'werkpad-site-'));
  const siteDir = path.join(root, 'dist');
  const inlineScript = "document.documentElement.classList.add('js');";
  const inlineStyle = 'body{margin:0}';
  // Long enough to be worth compressing (> 1 kB).
  const filler = '<p>Werkpad helpt gemeenten, werkgevers en initiatieven om statushouders aan het werk te helpen.</p>\n'.repeat(40);
  const page = (title: string) =>
    `<!doctype html><html lang="nl"><head><title>${title}</title><style>${inlineStyle}</style>` +
    `<script>${inlineScript}</script></head><body><h1>${title}</h1>${filler}</body></html>`;

  const files: Record<string, string> = {
    'index.html': page('Werkpad'),
    '404.html': '<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Pagina niet gevonden</h1></html>',
    'over/index.html': page('Over Werkpad'),
    '_astro/app.Ab12Cd34.js': `export const x = ${JSON.stringify('a'.repeat(2000))};\n`,
    'pagefind/pagefind.js': 'export const pagefind = true;\n',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{}}',
    'pagefind/fragment/nl_1a2b3c.pf_fragment': 'binary',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'csp-hashes.json': JSON.stringify({ script: [sha256(inlineScript)], style: [sha256(inlineStyle)] }),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(siteDir, name)), { recursive: true });
    writeFileSync(path.join(siteDir, name), content);
  }
  const secret = 'GEHEIM-buiten-de-site';
  writeFileSync(path.join(root, 'secret.txt'), secret);
  return {
    root,
    siteDir,
    secret,
    scriptHash: sha256(inlineScript),
    styleHash: sha256(inlineStyle),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
