import { defineCollection } from 'astro:content';
import {
  bottleneckSchema,
  lessonSchema,
  practiceSchema,
  schemeSchema,
  termSchema,
} from '../functions/contracts/content.ts';
import { markdownCollection } from './lib/markdown-collection.ts';

/**
 * The five collections of DESIGN.md. Schemas come from `functions/contracts/content.ts`, the
 * single source of every content shape.
 * @see https://docs.astro.build/en/guides/content-collections/
 */
export const collections = {
  praktijkvoorbeelden: defineCollection({ loader: markdownCollection('praktijkvoorbeelden', practiceSchema), schema: practiceSchema }),
  regelingen: defineCollection({ loader: markdownCollection('regelingen', schemeSchema), schema: schemeSchema }),
  lessen: defineCollection({ loader: markdownCollection('lessen', lessonSchema), schema: lessonSchema }),
  knelpunten: defineCollection({ loader: markdownCollection('knelpunten', bottleneckSchema), schema: bottleneckSchema }),
  begrippen: defineCollection({ loader: markdownCollection('begrippen', termSchema), schema: termSchema }),
};
