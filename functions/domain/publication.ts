/**
 * From a published submission to a praktijkvoorbeeld: the frontmatter the site's content loader
 * feeds to the praktijkvoorbeelden collection, and a markdown body. Pure; the site build calls it
 * for every submission that `listPublished()` returns.
 *
 * Never carries contact data or consent: only what the initiative wrote for the public page.
 */
import { z } from 'zod';
import { practiceFieldsSchema, sourceSchema } from '#contracts/content';
import type { Submission } from '#contracts/initiative';

/**
 * A praktijkvoorbeeld as a published submission meets it: `origin: aanmelding` and no sources
 * (DESIGN.md: "Published submissions carry `origin: aanmelding` instead of sources"). Every such
 * entry also passes `practiceSchema`, which the site's collection uses.
 */
export const publishedPracticeSchema = practiceFieldsSchema.extend({
  sources: z.array(sourceSchema).max(0),
  origin: z.literal('aanmelding'),
});

/** The frontmatter of a published submission, in the input form of `practiceSchema` (dates as YYYY-MM-DD). */
export type PublishedPracticeFrontmatter = z.input<typeof publishedPracticeSchema>;

/** A practice entry made from a submission: id, frontmatter and markdown body. */
export type PublishedPractice = { id: string; frontmatter: PublishedPracticeFrontmatter; body: string };

/** Thrown when a submission cannot become a valid practice page (a bug: the schemas are aligned). */
export class PublicationMappingError extends Error {
  constructor(id: string, cause: unknown) {
    super(`Aanmelding ${id} past niet op het schema van praktijkvoorbeelden.`, { cause });
    this.name = 'PublicationMappingError';
  }
}

// CommonMark lets a backslash escape any ASCII punctuation; escaping all of it makes the text
// render exactly as typed (no links, images or headings an initiative did not mean to make).
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~=:&]/g;

/** Plain text as markdown that renders as the same text: punctuation escaped, paragraphs kept. */
export function plainTextToMarkdown(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => line.trim().replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`))
        .filter((line) => line !== '')
        .join('  \n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** The page id of a published submission; stable across corrections, unlike a slug of the title. */
export function practiceIdOf(submission: Pick<Submission, 'id'>): string {
  return `aanmelding-${submission.id}`;
}

/** Maps a published submission to a praktijkvoorbeeld, validated against `publishedPracticeSchema`. */
export function toPublishedPractice(submission: Submission): PublishedPractice {
  if (submission.status !== 'published' || !submission.publishedAt) {
    throw new PublicationMappingError(submission.id, new Error('niet gepubliceerd'));
  }
  const i = submission.initiative;
  const frontmatter: PublishedPracticeFrontmatter = {
    title: i.title,
    summary: i.summary,
    organisations: [i.organisation],
    partners: [],
    regions: i.regions,
    sectors: i.sectors,
    actionLines: i.actionLines ?? [],
    targetGroups: i.targetGroups ?? [],
    approaches: i.approaches ?? [],
    schemes: [],
    lessons: [],
    bottlenecks: [],
    ...(i.results !== undefined ? { results: i.results } : {}),
    ...(i.website !== undefined ? { website: i.website } : {}),
    evidence: 'beschreven',
    origin: 'aanmelding',
    sources: [],
    // The moderator checked it when approving: that is the entry's last verification.
    lastVerified: submission.publishedAt.slice(0, 10),
  };
  const checked = publishedPracticeSchema.safeParse(frontmatter);
  if (!checked.success) throw new PublicationMappingError(submission.id, checked.error);
  return { id: practiceIdOf(submission), frontmatter, body: plainTextToMarkdown(i.description ?? '') };
}
