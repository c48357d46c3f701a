/**
 * The composition root of the initiative handlers: which adapter implements which port of
 * `functions/domain/ports.ts`. Not a route. Built once per process (see `composition-root.ts`).
 *
 * The runtime adds what only it knows with `configureInitiativeDependencies`: the local server
 * hands in its rebuild scheduler (`onPublishedChanged`), tests a spy or a fake mailer. On Lambda the
 * default `onPublishedChanged` asks CodeBuild for a rebuild (`requestSiteRebuild`).
 */
import { requestSiteRebuild } from '#adapters/aws/site-rebuild';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { submissionsRepository } from '#adapters/dynamodb/submissions-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { InitiativeDependencies } from '#domain/ports';
import { compositionRoot } from './composition-root.ts';

const root = compositionRoot<InitiativeDependencies>((config) => ({
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
}));

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export const configureInitiativeDependencies = root.configure;

/** The dependencies of the initiative use cases, from the current settings plus any overrides. */
export const initiativeDependencies = root.get;
