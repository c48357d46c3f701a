/**
 * The five curated collections read straight from the markdown files, without Astro: for the
 * content rules (`test/unit/content-*.test.ts`), `npm run content:stale` and the source count.
 * Every file is validated with the build's own schema, so these tools see what the build sees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { bottleneckSchema, lessonSchema, practiceSchema, schemeSchema, termSchema } from '../../functions/contracts/content.ts';
import type { Bottleneck, Lesson, Practice, Scheme, Term } from '../../functions/contracts/content.ts';
import { describeIssues } from './content-errors.ts';

/** The curated collections, by folder name. */
export const curatedSchemas = {
  praktijkvoorbeelden: practiceSchema,
  regelingen: schemeSchema,
  lessen: lessonSchema,
  knelpunten: bottleneckSchema,
  begrippen: termSchema,
} as const;

/** One of the curated collections. */
export type CuratedCollection = keyof typeof curatedSchemas;
export const curatedCollections = Object.keys(curatedSchemas) as CuratedCollection[];

type DataOf = {
  praktijkvoorbeelden: Practice;
  regelingen: Scheme;
  lessen: Lesson;
  knelpunten: Bottleneck;
  begrippen: Term;
};

/** A parsed entry: where it lives, its validated frontmatter and its markdown body. */
export type ContentFile<C extends CuratedCollection = CuratedCollection> = {
  [K in C]: { collection: K; id: string; file: string; data: DataOf[K]; body: string };
}[C];

/** A file that could not be read or does not match its schema. */
export interface ContentProblem {
  file: string;
  issues: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a markdown file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { frontmatter: load(match[1]!), body: text.slice(match[0].length) };
}

/**
 * Reads every `*.md` in `<dir>/<collection>/` of the given collections. Files that fail are
 * returned as problems, never thrown, so a tool can list them all at once.
 */
export function readContent(dir = 'content', collections: readonly CuratedCollection[] = curatedCollections): { entries: ContentFile[]; problems: ContentProblem[] } {
  const entries: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collections) {
    const folder = path.join(dir, collection);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
      const file = path.join(folder, name);
      let split: ReturnType<typeof splitFrontmatter>;
      try {
        split = splitFrontmatter(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push({ file, issues: [`kan het bestand niet lezen: ${(error as Error).message}`] });
        continue;
      }
      if (!split) {
        problems.push({ file, issues: ['geen front matter gevonden (het bestand begint niet met ---)'] });
        continue;
      }
      const schema = curatedSchemas[collection] as z.ZodType;
      const parsed = schema.safeParse(split.frontmatter);
      if (!parsed.success) {
        problems.push({ file, issues: describeIssues(parsed.error.issues) });
        continue;
      }
      entries.push({ collection, id: name.slice(0, -3), file, data: parsed.data, body: split.body } as ContentFile);
    }
  }
  return { entries, problems };
}
