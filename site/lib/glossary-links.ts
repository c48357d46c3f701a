/**
 * Links the first use of each glossary term in rendered markdown to its page.
 *
 * Rules: the term and its synonyms match case-insensitively as whole words (letters and digits
 * around a match end it; spaces in a term match any white space, `'` matches `’`); a term written
 * as "AMIF (Asiel, Migratie en Integratiefonds)" also matches "AMIF" and the part in brackets; the
 * longest match wins where two overlap; only the first use of a term on a page is linked; text in
 * headings, links, code and similar elements is left alone; a term's own page does not link it.
 * The link is `<a href="/begrippen/<id>/" class="glossary-link" title="<short definition>">`.
 *
 * The core (`planGlossaryLinks`) works on a plain hast tree and changes nothing; two thin
 * adapters apply it: `satteriGlossaryLinks` for Astro 7's default markdown processor (Sätteri)
 * and `rehypeGlossaryLinks` for a unified/rehype pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { termSchema } from '../../functions/contracts/content.ts';
import { ContentValidationError, describeIssues } from './content-errors.ts';

/** A glossary term as the linker needs it: the fields of a begrip plus its id. */
export interface GlossaryTerm {
  id: string;
  term: string;
  synonyms: readonly string[];
  definition: string;
}

/** What to link and how. */
export interface GlossaryLinkOptions {
  terms: readonly GlossaryTerm[];
  /** The begrip whose own page this is: never linked to itself. */
  currentTermId?: string | undefined;
  /** The page of a term; `/begrippen/<id>/` by default. `lang` is the page's language when known. */
  href?: (id: string, lang?: string) => string;
  /** The language of the page being linked (from a translation's file name), passed to `href`. */
  lang?: string | undefined;
  /** Put the short definition in a `title` attribute (default true). */
  title?: boolean;
}

/** One text node to swap for the given nodes (text and links), at `index` in `parent`. */
export interface GlossaryReplacement {
  parent: Parents;
  index: number;
  node: Text;
  replacement: ElementContent[];
}

// Text inside these is never linked: headings, existing links, code, and elements that are
// labels or definitions in their own right.
const SKIP = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style',
  'svg', 'math', 'textarea', 'button', 'select', 'option', 'label', 'abbr', 'dfn', 'title', 'template',
]);

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The spellings that link to a term: the term, the parts of "X (Y)", and its synonyms; without
 * duplicates (case-insensitively) and without one-letter forms.
 */
export function glossaryForms(term: Pick<GlossaryTerm, 'term' | 'synonyms'>): string[] {
  const forms = [term.term, ...term.synonyms];
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(term.term);
  if (bracketed) forms.push(bracketed[1]!, bracketed[2]!);
  const seen = new Set<string>();
  return forms
    .map((f) => f.trim())
    .filter((f) => {
      const key = normalise(f);
      if (key.length < 2 || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function formPattern(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]"))
    .join('\\s+');
}

interface Matcher {
  regex: RegExp;
  idOf: Map<string, string>;
}

function matcherOf(terms: readonly GlossaryTerm[]): Matcher | undefined {
  const idOf = new Map<string, string>();
  for (const term of terms) {
    for (const form of glossaryForms(term)) {
      // The first term that claims a spelling keeps it.
      if (!idOf.has(normalise(form))) idOf.set(normalise(form), term.id);
    }
  }
  if (idOf.size === 0) return undefined;
  // Longest first: the regex takes the first alternative that matches at a position.
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${forms.map(formPattern).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { regex, idOf };
}

/**
 * Finds the text to link in `tree`, in document order, without changing the tree. A match of a
 * term that is already linked (or is the page's own term) is skipped as a whole, so a shorter term
 * inside it is not linked either.
 */
export function planGlossaryLinks(tree: Root | Element, options: GlossaryLinkOptions): GlossaryReplacement[] {
  const matcher = matcherOf(options.terms);
  if (!matcher) return [];
  const href = (id: string) => (options.href ? options.href(id, options.lang) : `/begrippen/${id}/`);
  const definitions = new Map(options.terms.map((t) => [t.id, t.definition]));
  const linked = new Set<string>(options.currentTermId ? [options.currentTermId] : []);
  const plan: GlossaryReplacement[] = [];

  const visitText = (node: Text, parent: Parents, index: number) => {
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(matcher.regex)) {
      const id = matcher.idOf.get(normalise(match[0]));
      if (id === undefined || linked.has(id)) continue;
      linked.add(id);
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      const properties: Element['properties'] = { href: href(id), className: ['glossary-link'] };
      if (options.title !== false) properties.title = definitions.get(id) ?? '';
      pieces.push({ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: match[0] }] });
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    plan.push({ parent, index, node, replacement: pieces });
  };

  const walk = (parent: Parents) => {
    for (const [index, child] of parent.children.entries()) {
      if (child.type === 'text') visitText(child, parent, index);
      else if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
    }
  };
  walk(tree);
  return plan;
}

/** Applies the plan to `tree` in place (unified style); returns how many terms were linked. */
export function linkGlossaryTerms(tree: Root | Element, options: GlossaryLinkOptions): number {
  const plan = planGlossaryLinks(tree, options);
  // From the back, so earlier indexes in the same parent stay valid.
  for (const { parent, index, replacement } of [...plan].reverse()) {
    (parent.children as ElementContent[]).splice(index, 1, ...replacement);
  }
  return plan.reduce((n, r) => n + r.replacement.filter((p) => p.type === 'element').length, 0);
}

/**
 * A rehype plugin: `unified().use(rehypeGlossaryLinks, options)`, or in Astro with
 * `@astrojs/markdown-remark`: `unified({ rehypePlugins: [[rehypeGlossaryLinks, options]] })`.
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  return (tree: Root) => {
    linkGlossaryTerms(tree, options);
  };
}

/**
 * The begrip a markdown file is, from its path: `…/begrippen/<id>.md`, or a translation
 * `…/begrippen/<id>.<lang>.md`; undefined for any other file.
 */
export function termIdOfFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  const file = fileURLToPath(fileURL);
  if (path.basename(path.dirname(file)) !== 'begrippen') return undefined;
  return /^([^.]+)(?:\.[a-z]{2})?\.md$/.exec(path.basename(file))?.[1];
}

/** The language of a translation file (`<id>.<lang>.md`), or undefined for an original. */
export function langOfFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  return /^[^.]+\.([a-z]{2})\.md$/.exec(path.basename(fileURLToPath(fileURL)))?.[1];
}

/**
 * The same as a Sätteri hast plugin, Astro 7's default markdown processor:
 * `markdown: { processor: satteri({ hastPlugins: [satteriGlossaryLinks({ terms })] }) }`.
 * A begrip's own file is recognised by its path, so its page does not link to itself; a
 * translation's language (`<id>.<lang>.md`) is passed to `href`.
 */
export function satteriGlossaryLinks(options: Omit<GlossaryLinkOptions, 'currentTermId' | 'lang'>) {
  return (factory: PluginFactoryContext): HastPluginDefinition => ({
    name: 'werkpad-glossary-links',
    after(root, ctx) {
      const plan = planGlossaryLinks(root as Root, {
        ...options,
        currentTermId: termIdOfFile(factory.fileURL),
        lang: langOfFile(factory.fileURL),
      });
      for (const { node, replacement } of plan) ctx.replaceNode(node, replacement);
    },
  });
}

/** The linker's view of begrippen entries from the content layer. */
export function glossaryTermsOf(entries: readonly { id: string; data: Pick<GlossaryTerm, 'term' | 'synonyms' | 'definition'> }[]): GlossaryTerm[] {
  return entries.map((e) => ({ id: e.id, term: e.data.term, synonyms: e.data.synonyms, definition: e.data.definition }));
}

/**
 * Reads the begrippen from their markdown files, for astro.config.mjs (which runs before the
 * content layer). The front matter is parsed by `parseYaml` (e.g. `load` from js-yaml, the parser
 * Astro itself uses) and validated with the same schema as the build; a bad file stops the build.
 */
export function readGlossaryTerms(dir: string, parseYaml: (text: string) => unknown): GlossaryTerm[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(readFileSync(file, 'utf8'));
      if (!frontmatter) throw new Error(`${file}: geen front matter gevonden`);
      const parsed = termSchema.safeParse(parseYaml(frontmatter[1]!));
      if (!parsed.success) throw new ContentValidationError(file, describeIssues(parsed.error.issues));
      return { id: f.replace(/\.md$/, ''), ...parsed.data };
    })
    .map(({ id, term, synonyms, definition }) => ({ id, term, synonyms, definition }));
}
