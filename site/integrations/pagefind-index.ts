import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind inside `astro build`.
 *
 * A failing index fails the build: a site without working search must never ship (unlike
 * integrations that log the error and continue). The Pagefind service is always closed.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'werkpad:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        logger.info('Zoekindex bouwen met Pagefind…');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) {
            throw new Error('Geen enkele pagina heeft data-pagefind-body: er is niets om te doorzoeken.');
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Zoekindex klaar: ${added.page_count} pagina's in ${Math.round(performance.now() - started)} ms.`);
        } catch (cause) {
          throw new Error('Pagefind kon de zoekindex niet bouwen; de build is gestopt.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
