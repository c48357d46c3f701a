// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { pagefindIndex } from './site/integrations/pagefind-index.ts';
import { cspHashes } from './site/integrations/csp-hashes.ts';
import { leanUtrechtCss, MARKUP_ROOTS, NON_MARKUP } from './site/integrations/lean-css.ts';
import { ethiopicFont } from './site/integrations/ethiopic-font.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { load } from 'js-yaml';
import { readGlossaryTerms, satteriGlossaryLinks } from './site/lib/glossary-links.ts';

// The begrippen are read here, before the content layer runs, so every markdown body can link
// the first use of a term to its page. An English translation links to the English term page;
// Dutch text (also when shown on an English page) links to the Dutch one.
const glossary = readGlossaryTerms('content/begrippen', load);
const glossaryHref = (/** @type {string} */ id, /** @type {string | undefined} */ lang) =>
  lang === 'en' ? `/en/begrippen/${id}/` : `/begrippen/${id}/`;

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
  markdown: {
    processor: satteri({ hastPlugins: [satteriGlossaryLinks({ terms: glossary, href: glossaryHref })] }),
  },
  integrations: [
    react(),
    // Only the NL Design System rules whose classes the markup uses (see the integration).
    leanUtrechtCss({ roots: MARKUP_ROOTS, exclude: NON_MARKUP }),
    // Noto Sans Ethiopic cut to the Tigrinya the site shows, fetched only by pages with Ethiopic text.
    // ui/ and functions/domain/ hold the Tigrinya of the 'Werk zoeken' form and of the match reasons.
    ethiopicFont({ roots: ['site', 'content', 'ui', 'functions/domain'], everyPage: ['site/i18n/locales.ts'] }),
    pagefindIndex(),
    cspHashes(),
  ],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
