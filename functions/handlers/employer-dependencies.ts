/**
 * The composition root of the employer register's handlers: which adapter implements which port
 * (`functions/domain/ports.ts`, `EmployerDependencies`). Built once per process, like
 * `dependencies.ts` for initiatives (see `composition-root.ts`); a runtime adds what only it knows
 * with `configureEmployerDependencies` (the local server its rebuild scheduler as
 * `onPublishedChanged`). On Lambda a register change asks CodeBuild for a rebuild.
 */
import { requestSiteRebuild } from '#adapters/aws/site-rebuild';
import { employersRepository } from '#adapters/dynamodb/employers-repository';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { EmployerDependencies } from '#domain/ports';
import { compositionRoot } from './composition-root.ts';

const root = compositionRoot<EmployerDependencies>((config) => ({
  employers: employersRepository,
  idempotency: idempotencyRepository,
  rateLimits: rateLimitRepository,
  mailer: mailerFor(config),
  publicBaseUrl: config.publicBaseUrl,
  rateLimitPerMinute: config.rateLimitPerMinute,
  addressKey: config.signingKey ?? '',
  now: () => new Date(),
  // Entry ids have the submissions' shape: 16 characters people can read out loud.
  newId: newSubmissionId,
  newToken: newManageToken,
  onPublishedChanged: requestSiteRebuild,
}));

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export const configureEmployerDependencies = root.configure;

/** The dependencies of the employer register's use cases, from the current settings plus any overrides. */
export const employerDependencies = root.get;
