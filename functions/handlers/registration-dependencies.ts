/**
 * The part of a composition root that every registration use case shares; apart from
 * `composition-root.ts` so that handlers which take no registrations (matching) bundle none of it.
 */
import type { Config } from '#config';
import { requestSiteRebuild } from '#adapters/aws/site-rebuild';
import { idempotencyRepository } from '#adapters/dynamodb/idempotency-repository';
import { rateLimitRepository } from '#adapters/dynamodb/rate-limit-repository';
import { mailerFor } from '#adapters/mail/mailer';
import { newManageToken, newSubmissionId } from '#domain/identifiers';
import type { RegistrationDependencies } from '#domain/ports';

/**
 * The adapters every registration use case shares (`RegistrationDependencies`). Ids of initiatives
 * and register entries have one shape: 16 characters people can read out loud. Locally the server
 * hands in its rebuild scheduler as `onPublishedChanged`; on Lambda a change asks CodeBuild.
 */
export function registrationDependencies(config: Config): RegistrationDependencies {
  return {
    idempotency: idempotencyRepository,
    rateLimits: rateLimitRepository,
    mailer: mailerFor(config),
    publicBaseUrl: config.publicBaseUrl,
    rateLimitPerMinute: config.rateLimitPerMinute,
    addressKey: config.signingKey ?? '',
    now: () => new Date(),
    newId: newSubmissionId,
    newToken: newManageToken,
    onPublishedChanged: requestSiteRebuild,
  };
}
