/**
 * Moderator authentication (DESIGN.md, "Moderators"). Locally: `Authorization: Bearer <token>`
 * against the named tokens of the config. On AWS: the claims of the Cognito JWT that API Gateway's
 * authorizer verified (`jwt-moderator.ts`).
 */
import { findModerator, getConfig, type Moderator } from '#config';
import type { HttpEvent } from './api-gateway.ts';
import { UnauthorizedError } from './errors.ts';
import { moderatorFromClaims } from './jwt-moderator.ts';

/** The moderator behind the request; 401 when the credential is missing or unknown, 403 (AWS) without moderator rights. */
export function requireModerator(event: HttpEvent): Moderator {
  const aws = getConfig().aws;
  if (aws) return moderatorFromClaims(event, aws.moderatorGroup);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(event.headers.authorization ?? '');
  const moderator = match?.[1] ? findModerator(getConfig().moderators, match[1]) : undefined;
  if (!moderator) throw new UnauthorizedError();
  return moderator;
}
