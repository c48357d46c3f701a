import { defineCollection } from 'astro:content';
import {
  bottleneckSchema,
  lessonSchema,
  pageSchema,
  practiceSchema,
  schemeSchema,
  termSchema,
  translationSchema,
} from '../functions/contracts/content.ts';
import { markdownCollection } from './lib/markdown-collection.ts';
import { withPublishedSubmissions } from './lib/published-submissions.ts';

/**
 * The five collections of DESIGN.md, plus fixed pages per language and translations of entries.
 * Schemas come from `functions/contracts/content.ts`, the single source of every content shape.
 * @see https://docs.astro.build/en/guides/content-collections/
 */
export const collections = {
  /** Curated markdown plus the published submissions from the store. */
  praktijkvoorbeelden: defineCollection({ loader: withPublishedSubmissions(markdownCollection('praktijkvoorbeelden', practiceSchema)), schema: practiceSchema }),
  regelingen: defineCollection({ loader: markdownCollection('regelingen', schemeSchema), schema: schemeSchema }),
  lessen: defineCollection({ loader: markdownCollection('lessen', lessonSchema), schema: lessonSchema }),
  knelpunten: defineCollection({ loader: markdownCollection('knelpunten', bottleneckSchema), schema: bottleneckSchema }),
  begrippen: defineCollection({ loader: markdownCollection('begrippen', termSchema), schema: termSchema }),
  /** `<lang>/<slug>`: fixed pages such as 'Werken in Nederland' in each language. */
  paginas: defineCollection({ loader: markdownCollection('paginas', pageSchema), schema: pageSchema }),
  /** `<collection>/<id>.<lang>`: a translated title, summary and body of an entry. */
  vertalingen: defineCollection({ loader: markdownCollection('vertalingen', translationSchema), schema: translationSchema }),
};
