import type { Loader } from 'astro/loaders';

/**
 * Adds the published submissions from the store to a collection (DESIGN.md: "the build reads
 * published submissions from the store"). Only when the build is given a store
 * (`DYNAMODB_ENDPOINT`, as the local server and CodeBuild do); a plain `npm run build` shows the
 * curated content alone and says so.
 */
export function withPublishedSubmissions(inner: Loader): Loader {
  return {
    name: 'werkpad:published-submissions',
    load: async (context) => {
      await inner.load(context);
      if (!process.env.DYNAMODB_ENDPOINT && !process.env.WERKPAD_READ_STORE) {
        context.logger.info('Geen opslag opgegeven (DYNAMODB_ENDPOINT): alleen de redactionele praktijkvoorbeelden.');
        return;
      }
      // Loaded here, not at the top: a build without a store never touches the AWS SDK.
      const { publishedPractices } = await import('../../functions/domain/initiative-submissions.ts');
      const { submissionsRepository } = await import('../../functions/adapters/dynamodb/submissions-repository.ts');
      const published = await publishedPractices({ submissions: submissionsRepository });
      for (const practice of published) {
        const data = await context.parseData({ id: practice.id, data: practice.frontmatter as Record<string, unknown> });
        context.store.set({
          id: practice.id,
          data,
          body: practice.body,
          rendered: await context.renderMarkdown(practice.body),
          digest: context.generateDigest({ data: practice.frontmatter, body: practice.body }),
        });
      }
      context.logger.info(`${published.length} gepubliceerde aanmelding(en) uit de opslag.`);
    },
  };
}
