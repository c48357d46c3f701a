/**
 * The composition root of the initiative handlers: which adapter implements which port of
 * `functions/domain/ports.ts`. Not a route; handlers call `initiativeDependencies()` per request,
 * so settings primed by the local server (or a test) are always the current ones.
 *
 * The runtime adds what only it knows with `configureInitiativeDependencies`: the local server
 * hands in its rebuild scheduler (`onPublishedChanged`), tests a spy or a fake mailer.
 */
import { getConfig } from '#config';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { submissionsRepository } from '#adapters/dynamodb/submissions-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { InitiativeDependencies } from '#domain/ports';

let overrides: Partial<InitiativeDependencies> = {};

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
  return {
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
    // Until a runtime wires its rebuild, a changed set of published submissions waits for the next build.
    onPublishedChanged: () => {},
    ...overrides,
  };
}
