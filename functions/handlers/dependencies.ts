/**
 * The composition root of the initiative handlers: which adapter implements which port of
 * `functions/domain/ports.ts`. Not a route.
 *
 * Built once per process (a Lambda's cold start) and kept while the settings and overrides stay the
 * same; settings primed by the local server or a test (`setConfig`) are new objects, so the next
 * call builds again from them.
 *
 * The runtime adds what only it knows with `configureInitiativeDependencies`: the local server
 * hands in its rebuild scheduler (`onPublishedChanged`), tests a spy or a fake mailer. On Lambda the
 * default `onPublishedChanged` asks CodeBuild for a rebuild (`requestSiteRebuild`).
 */
import { getConfig, type Config } from '#config';
import { requestSiteRebuild } from '#adapters/aws/site-rebuild';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { submissionsRepository } from '#adapters/dynamodb/submissions-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { InitiativeDependencies } from '#domain/ports';

let overrides: Partial<InitiativeDependencies> = {};
let built: { config: Config; overrides: Partial<InitiativeDependencies>; dependencies: InitiativeDependencies } | undefined;

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export function configureInitiativeDependencies(changes: Partial<InitiativeDependencies>): () => void {
  const before = overrides;
  overrides = { ...overrides, ...changes };
  return () => {
    overrides = before;
  };
}

/** The dependencies of the initiative use cases, from the current settings plus any overrides. */
export function initiativeDependencies(): InitiativeDependencies {
  const config = getConfig();
  if (built?.config === config && built.overrides === overrides) return built.dependencies;
  const dependencies: InitiativeDependencies = {
    submissions: submissionsRepository,
    idempotency: idempotencyRepository,
    rateLimits: rateLimitRepository,
    mailer: mailerFor(config),
    publicBaseUrl: config.publicBaseUrl,
    rateLimitPerMinute: config.rateLimitPerMinute,
    addressKey: config.signingKey ?? '',
    now: () => new Date(),
    newId: newSubmissionId,
    newToken: newManageToken,
    // Locally the server hands in its scheduler; without one (tests, scripts) this does nothing.
    onPublishedChanged: requestSiteRebuild,
    ...overrides,
  };
  built = { config, overrides, dependencies };
  return dependencies;
}
