/**
 * The composition root of matching: which adapter implements what `domain/match-service.ts`
 * needs. Built once per process (the catalog source keeps its copy for a few seconds); a test may
 * replace parts with `configureMatchDependencies`.
 */
import { matchCandidatesRepository } from '#adapters/dynamodb/match-candidates-repository';
import { CATALOG_PATH, matchCatalogSource } from '#adapters/content/match-catalog-files';
import { readSiteFile } from '#adapters/http/site-pages';
import type { MatchDependencies } from '#domain/match-service';

const defaults: MatchDependencies = {
  candidates: matchCandidatesRepository,
  catalog: matchCatalogSource(() => readSiteFile(CATALOG_PATH)),
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
