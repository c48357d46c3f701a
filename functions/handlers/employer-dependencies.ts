/**
 * The composition root of the employer register's handlers: which adapter implements which port
 * (`functions/domain/ports.ts`, `EmployerDependencies`). Like `dependencies.ts` for initiatives:
 * handlers call `employerDependencies()` per request, so settings primed by the local server (or a
 * test) are always the current ones; a runtime adds what only it knows with
 * `configureEmployerDependencies` (the local server its rebuild scheduler as `onPublishedChanged`).
 */
import { getConfig } from '#config';
import { employersRepository } from '#adapters/dynamodb/employers-repository';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { EmployerDependencies } from '#domain/ports';

let overrides: Partial<EmployerDependencies> = {};

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export function configureEmployerDependencies(changes: Partial<EmployerDependencies>): () => void {
  const before = overrides;
  overrides = { ...overrides, ...changes };
  return () => {
    overrides = before;
  };
}

/** The dependencies of the employer register's use cases, from the current settings plus any overrides. */
export function employerDependencies(): EmployerDependencies {
  const config = getConfig();
  return {
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
    // Until a runtime wires its rebuild, a register change waits for the next build.
    onPublishedChanged: () => {},
    ...overrides,
  };
}
