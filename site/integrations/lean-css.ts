/**
 * Lean NL Design System styles: the build keeps only those rules of
 * `@utrecht/component-library-css` whose `utrecht-*` classes the site's markup can use.
 *
 * The component library is one ~350 KB stylesheet with every component; Werkpad uses a dozen.
 * Rather than a hand-kept list of component files (which silently drops the look of a component
 * someone adds later), the build scans the sources that produce markup — pages, layouts,
 * components, islands, the form handlers and the content — for `utrecht-…` class names, and a
 * rule stays when every class its selector requires is among them. Kept rules keep their order
 * and their selectors, so the cascade and the look are the same as with the whole library.
 *
 * A class built at run time from a prefix (`utrecht-alert--${kind}`) shows up in the scan as the
 * prefix `utrecht-alert--`; every class starting with it is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * The folders whose files put classes into pages: pages, layouts, components and islands (site/),
 * the shared form views (ui/), the handlers that render forms (functions/) and the content; and
 * the folders in them that cannot (build code, stylesheets). A unit test checks that every
 * component file of the project lies in a root.
 */
export const MARKUP_ROOTS = ['site', 'ui', 'functions', 'content'] as const;
export const NON_MARKUP = ['site/integrations', 'site/styles'] as const;

/** Class names found in the sources, and the prefixes of classes put together at run time. */
export interface UsedClasses {
  names: ReadonlySet<string>;
  prefixes: readonly string[];
}

// Not inside another word or URL (`…/hartje-utrecht-…` is not a class).
const CLASS_TOKEN = /(?<![\w/-])utrecht-[A-Za-z0-9_-]*/g;
const SOURCE_FILE = /\.(astro|tsx?|jsx?|mjs|md|mdx|html)$/;
const SKIP_DIR = new Set(['node_modules', 'dist', '.astro', '.git']);

/** The `utrecht-*` classes a piece of source text can put in markup. */
export function classTokens(text: string): UsedClasses {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const [token] of text.matchAll(CLASS_TOKEN)) {
    // `utrecht-heading-${level}` and `'utrecht-alert--' + kind` leave a token ending in `-`.
    if (token.endsWith('-')) prefixes.add(token);
    else names.add(token);
  }
  return { names, prefixes: [...prefixes] };
}

function* sourceFiles(dir: string, skip: ReadonlySet<string>): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name) && !entry.name.startsWith('dist') && !skip.has(path.resolve(full))) yield* sourceFiles(full, skip);
    } else if (SOURCE_FILE.test(entry.name)) yield full;
  }
}

/** Scans the folders (recursively, leaving out `exclude`) for class names. */
export function scanUsedClasses(roots: readonly string[], exclude: readonly string[] = []): UsedClasses {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const skip = new Set(exclude.map((dir) => path.resolve(dir)));
  for (const root of roots) {
    for (const file of sourceFiles(root, skip)) {
      const found = classTokens(readFileSync(file, 'utf8'));
      found.names.forEach((n) => names.add(n));
      found.prefixes.forEach((p) => prefixes.add(p));
    }
  }
  return { names, prefixes: [...prefixes].sort() };
}

// ---- a small CSS reader: enough for the library's flat, machine-written stylesheet ----

type Node =
  | { kind: 'text'; text: string } // @charset, comments and other statements, kept as they are
  | { kind: 'rule'; selector: string; body: string }
  | { kind: 'block'; prelude: string; children: Node[] } // @media, @supports, @container, @layer
  | { kind: 'raw-block'; prelude: string; body: string }; // @keyframes, @font-face: kept whole

const GROUPING = /^@(media|supports|container|layer|document)\b/i;

/** Index of the `}` closing the block whose `{` is just before `from`; strings and comments skipped. */
function blockEnd(css: string, from: number): number {
  let depth = 1;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      i = close === -1 ? css.length : close;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close === -1 ? css.length : close + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('CSS: een blok wordt niet gesloten');
}

function parse(css: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i]!)) i++;
    if (i >= css.length) break;
    if (css.startsWith('/*', i)) {
      const close = css.indexOf('*/', i + 2);
      const end = close === -1 ? css.length : close + 2;
      nodes.push({ kind: 'text', text: css.slice(i, end) });
      i = end;
      continue;
    }
    const open = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (css[i] === '@' && semicolon !== -1 && (open === -1 || semicolon < open)) {
      nodes.push({ kind: 'text', text: css.slice(i, semicolon + 1) });
      i = semicolon + 1;
      continue;
    }
    if (open === -1) throw new Error(`CSS: onverwacht einde bij "${css.slice(i, i + 40)}"`);
    const prelude = css.slice(i, open).trim();
    const close = blockEnd(css, open + 1);
    const body = css.slice(open + 1, close);
    if (GROUPING.test(prelude)) nodes.push({ kind: 'block', prelude, children: parse(body) });
    else if (prelude.startsWith('@')) nodes.push({ kind: 'raw-block', prelude, body });
    else nodes.push({ kind: 'rule', selector: prelude, body });
    i = close + 1;
  }
  return nodes;
}

/** Splits a selector list on its top-level commas (not those inside `:is(…)` and the like). */
export function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((p) => p !== '');
}

/**
 * The classes an element must carry for the selector to match anything: those outside any
 * parentheses. A class inside `:not(…)`, `:is(…)`, `:where(…)` or `:has(…)` is not required
 * (`:not(.utrecht-button--disabled)` matches exactly when that class is absent), so it never
 * causes a rule to be dropped.
 */
export function requiredClasses(selector: string): string[] {
  let outside = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) outside += c;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** True when markup with the used classes can carry `name`. Non-library classes count as present. */
export function classIsUsed(name: string, used: UsedClasses): boolean {
  if (!name.startsWith('utrecht-')) return true;
  return used.names.has(name) || used.prefixes.some((p) => name.startsWith(p));
}

function serialize(nodes: Node[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'rule':
          return `${n.selector} {${n.body}}`;
        case 'raw-block':
          return `${n.prelude} {${n.body}}`;
        case 'block':
          return `${n.prelude} {\n${serialize(n.children)}\n}`;
      }
    })
    .join('\n');
}

function prune(nodes: Node[], used: UsedClasses): Node[] {
  const kept: Node[] = [];
  for (const n of nodes) {
    if (n.kind === 'rule') {
      const selectors = splitSelectors(n.selector).filter((s) => requiredClasses(s).every((c) => classIsUsed(c, used)));
      if (selectors.length > 0) kept.push({ ...n, selector: selectors.join(',\n') });
    } else if (n.kind === 'block') {
      const children = prune(n.children, used);
      if (children.some((c) => c.kind !== 'text')) kept.push({ ...n, children });
    } else if (n.kind === 'text' && n.text.startsWith('/*')) {
      // The library's license headers stay; other comments go.
      if (/@license|copyright/i.test(n.text)) kept.push(n);
    } else kept.push(n);
  }
  return kept;
}

/** The stylesheet with only the rules that can match markup using `used`. */
export function pruneCss(css: string, used: UsedClasses): string {
  return serialize(prune(parse(css), used)) + '\n';
}

const LIBRARY_CSS = /[\\/]@utrecht[\\/]component-library-css[\\/]dist[\\/]index\.css$/;

/**
 * The integration: a Vite plugin that prunes the library's stylesheet when it is imported.
 * `roots` are the folders whose files can put `utrecht-*` classes into pages; `exclude` the
 * folders in them that cannot (build code, stylesheets).
 */
export function leanUtrechtCss(options: { roots: readonly string[]; exclude?: readonly string[] }): AstroIntegration {
  return {
    name: 'werkpad:lean-css',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        let used: UsedClasses | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'werkpad:lean-utrecht-css',
                enforce: 'pre',
                // Only in builds: the dev server keeps the whole library, so a class added while it
                // runs is styled at once.
                apply: 'build',
                buildStart() {
                  // A fresh scan per build.
                  used = undefined;
                },
                transform(code: string, id: string) {
                  const file = id.split('?')[0]!;
                  if (!LIBRARY_CSS.test(file)) return null;
                  used ??= scanUsedClasses(options.roots, options.exclude);
                  const lean = pruneCss(code, used);
                  logger.info(
                    `NL Design System-CSS: ${used.names.size} klassen gebruikt; ${Math.round(code.length / 1024)} KB → ${Math.round(lean.length / 1024)} KB.`,
                  );
                  return { code: lean, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
