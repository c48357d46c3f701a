import { readdirSync } from 'node:fs';
import path from 'node:path';
import { builtSiteDir } from './site-dir.ts';

/** Every page of the built site as a URL path (`dist/en/x/index.html` → `/en/x/`). */
export function builtPages(distDir = builtSiteDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(distDir, path.dirname(full)).split(path.sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function inBatches<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
