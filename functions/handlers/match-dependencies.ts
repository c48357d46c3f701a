/**
 * The composition root of matching: which adapter implements what `domain/match-service.ts`
 * needs. Built once per process (the catalog source keeps its copy for a few seconds); a test may
 * replace parts with `configureMatchDependencies`.
 */
import { matchCandidatesRepository } from '#adapters/dynamodb/match-candidates-repository';
import { CATALOG_PATH, matchCatalogSource } from '#adapters/content/match-catalog-files';
import { UnavailableError } from '#adapters/http/errors';
import { readSiteFile } from '#adapters/http/site-pages';
import type { MatchDependencies } from '#domain/match-service';

const catalogSource = matchCatalogSource(() => readSiteFile(CATALOG_PATH));

const defaults: MatchDependencies = {
  candidates: matchCandidatesRepository,
  // A catalog that cannot be read (the site did not answer, a broken build) is a 503, never a silent empty list.
  catalog: async () => {
    try {
      return await catalogSource();
    } catch (error) {
      throw new UnavailableError(undefined, 5, error);
    }
  },
  today: () => new Date(),
};
let current = defaults;

/** Replaces some dependencies for this process; returns a function that undoes it. */
export function configureMatchDependencies(changes: Partial<MatchDependencies>): () => void {
  const before = current;
  current = { ...current, ...changes };
  return () => {
    current = before;
  };
}

/** The dependencies of the matching use case. */
export function matchDependencies(): MatchDependencies {
  return current;
}
