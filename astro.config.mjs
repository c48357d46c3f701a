// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { pagefindIndex } from './site/integrations/pagefind-index.ts';
import { cspHashes } from './site/integrations/csp-hashes.ts';

/**
 * The site is fully static. Scripts and styles are emitted as files (never inlined) so the
 * Content-Security-Policy can stay strict; what Astro still inlines is hashed at build time.
 * @see https://docs.astro.build/en/reference/configuration-reference/
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // The malformed-content test builds into its own folders so it never touches the real site.
  outDir: process.env.WERKPAD_OUT_DIR ?? './dist',
  cacheDir: process.env.WERKPAD_CACHE_DIR ?? './node_modules/.astro',
  site: process.env.PUBLIC_BASE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [react(), pagefindIndex(), cspHashes()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
