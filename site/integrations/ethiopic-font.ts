/**
 * Tigrinya (Ge'ez script) for readers whose system has no Ethiopic font: the site serves Noto
 * Sans Ethiopic itself, cut to what its pages show, declared with `unicode-range` so that a
 * browser fetches a file only for a page with Ethiopic text on it.
 *
 * At the start of a build (and of `astro dev`) the sources are scanned for Ethiopic characters
 * and three faces of one family are written next to a stylesheet that the layout imports as
 * `werkpad:ethiopic-font.css` (Vite hashes the files into `/_astro/`, cached for a year):
 *
 * - `names`: the characters of the language switch (ትግርኛ), which every page shows — a file of
 *   about a kilobyte;
 * - `site`: every other Ethiopic character in the content and the interface texts — fetched only
 *   by pages written in Tigrinya;
 * - `rest`: the package's whole Ethiopic subset for any other Ethiopic character (a search typed
 *   in Tigrinya), its range the rest of the Ethiopic blocks, so no page fetches it for its own text.
 *
 * The font is under the SIL Open Font License 1.1 (no Reserved Font Name); the licence ships
 * with the site at `/fonts/noto-sans-ethiopic/OFL.txt`, and the copyright stays in each file.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readWoff, subsetTables, toWoff2, unicodeRange } from './font-subset.ts';

/** The Unicode blocks of the Ethiopic script (Ethiopic, Supplement, Extended, -A, -B). */
export const ETHIOPIC_BLOCKS: readonly [number, number][] = [
  [0x1200, 0x139f],
  [0x2d80, 0x2ddf],
  [0xab00, 0xab2f],
  [0x1e7e0, 0x1e7ff],
];

export const isEthiopic = (cp: number) => ETHIOPIC_BLOCKS.some(([a, b]) => cp >= a && cp <= b);

/** The Ethiopic code points in a text. */
export function ethiopicCodePoints(text: string): Set<number> {
  const found = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isEthiopic(cp)) found.add(cp);
  }
  return found;
}

const SOURCE_FILE = /\.(astro|tsx?|md|mdx|json|ya?ml|html)$/;
const SKIP_DIR = new Set(['node_modules', '.astro', '.git']);

/** The text files under `dir` (or `dir` itself when it is a file). */
function* files(dir: string): Generator<string> {
  if (statSync(dir, { throwIfNoEntry: false })?.isFile()) {
    yield dir;
    return;
  }
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name) && !entry.name.startsWith('dist')) yield* files(full);
    } else if (SOURCE_FILE.test(entry.name)) yield full;
  }
}

/** Ethiopic code points in every source file under `roots`. */
export function scanEthiopic(roots: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const root of roots) for (const file of files(root)) ethiopicCodePoints(readFileSync(file, 'utf8')).forEach((cp) => found.add(cp));
  return found;
}

/** The Ethiopic code points in `ETHIOPIC_BLOCKS` that are not in `taken`. */
function remainingRange(taken: ReadonlySet<number>): number[] {
  const rest: number[] = [];
  for (const [a, b] of ETHIOPIC_BLOCKS) for (let cp = a; cp <= b; cp++) if (!taken.has(cp)) rest.push(cp);
  return rest;
}

const FAMILY = 'Noto Sans Ethiopic';
const PACKAGE_FILE = 'noto-sans-ethiopic-ethiopic-400-normal';

/** Where the package keeps its files (its `exports` open only the CSS and the licence). */
function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@fontsource/noto-sans-ethiopic/LICENSE'));
}

/** Writes the faces and their stylesheet into `outDir`; returns what each face covers. */
export function writeEthiopicFont(outDir: string, sets: { names: ReadonlySet<number>; site: ReadonlySet<number> }) {
  const pkg = packageDir();
  const source = readWoff(readFileSync(path.join(pkg, 'files', `${PACKAGE_FILE}.woff`)));
  mkdirSync(outDir, { recursive: true });
  // Written under a temporary name and renamed, so a build running at the same time never reads half a file.
  const write = (name: string, data: Buffer | string) => {
    const temp = path.join(outDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, data);
    renameSync(temp, path.join(outDir, name));
  };

  const names = subsetTables(source, sets.names);
  const siteOnly = [...sets.site].filter((cp) => !sets.names.has(cp));
  const site = subsetTables(source, siteOnly);
  const covered = new Set([...names.covered, ...site.covered]);
  const rest = remainingRange(covered);

  write('ethiopic-names.woff2', toWoff2(names.tables));
  write('ethiopic-site.woff2', toWoff2(site.tables));
  copyFileSync(path.join(pkg, 'files', `${PACKAGE_FILE}.woff2`), path.join(outDir, 'ethiopic-rest.woff2'));

  const face = (file: string, codePoints: Iterable<number>) =>
    `@font-face {\n  font-family: '${FAMILY}';\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n` +
    `  src: url('./${file}') format('woff2');\n  unicode-range: ${unicodeRange(codePoints)};\n}\n`;
  const faces = [
    // The rest first: where ranges would overlap, the face declared last is tried first.
    face('ethiopic-rest.woff2', rest),
    names.covered.length > 0 ? face('ethiopic-names.woff2', names.covered) : '',
    site.covered.length > 0 ? face('ethiopic-site.woff2', site.covered) : '',
  ];
  write(
    'ethiopic.css',
    `/*! Noto Sans Ethiopic, © 2022 The Noto Project Authors, SIL Open Font License 1.1: /fonts/noto-sans-ethiopic/OFL.txt */\n${faces.join('')}`,
  );
  return { names: names.covered, site: site.covered, rest };
}

const MODULE_ID = 'werkpad:ethiopic-font.css';

/**
 * The integration. `roots`: the folders whose text ends up on pages; `everyPage`: the files whose
 * Ethiopic text shows on every page (the language names).
 */
export function ethiopicFont(options: { roots: readonly string[]; everyPage: readonly string[] }): AstroIntegration {
  let outDir = '';
  return {
    name: 'werkpad:ethiopic-font',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        outDir = path.join(fileURLToPath(config.cacheDir), 'werkpad-ethiopic-font');
        const names = scanEthiopic(options.everyPage);
        const site = scanEthiopic(options.roots);
        const result = writeEthiopicFont(outDir, { names, site });
        logger.info(
          `Ethiopisch lettertype: ${result.names.length} tekens op elke pagina, ${result.site.length} in de Tigrinya-teksten, de overige ${result.rest.length} in het reservebestand.`,
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'werkpad:ethiopic-font',
                resolveId(id: string) {
                  return id === MODULE_ID ? path.join(outDir, 'ethiopic.css') : null;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), 'fonts', 'noto-sans-ethiopic');
        mkdirSync(target, { recursive: true });
        copyFileSync(path.join(packageDir(), 'LICENSE'), path.join(target, 'OFL.txt'));
      },
    },
  };
}
