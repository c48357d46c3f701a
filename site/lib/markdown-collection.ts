import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import type { z } from 'zod';
import { ContentValidationError, describeIssues } from './content-errors.ts';

/**
 * Where the markdown lives. `WERKPAD_CONTENT_DIR` points the build at another folder (the test
 * of malformed content uses it); the reference data always comes from `content/reference/`.
 */
export const contentDir = process.env.WERKPAD_CONTENT_DIR ?? 'content';

/**
 * A glob loader over `content/<folder>/*.md` that validates each file with our own schema first,
 * so a malformed file stops the build with its path, the field and what was expected.
 */
export function markdownCollection(folder: string, schema: z.ZodType): Loader {
  const base = path.join(contentDir, folder);
  // The id is the file's path without `.md`, exactly (the default slugifies away the dot of
  // `plan-einstein.en` and the case of language codes).
  const inner = glob({ pattern: '**/*.md', base, generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  return {
    name: 'werkpad:markdown',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const result = schema.safeParse(props.data);
          if (!result.success) {
            const file = props.filePath ?? path.join(base, `${props.id}.md`);
            throw new ContentValidationError(file, describeIssues(result.error.issues));
          }
          return context.parseData(props);
        },
      }),
  };
}
