/**
 * Moderator authentication for the local runtime: `Authorization: Bearer <token>` against the
 * named tokens of the config (DESIGN.md, "Moderators"). On AWS the API checks a Cognito JWT instead.
 */
import { findModerator, getConfig, type Moderator } from '#config';
import type { HttpEvent } from './api-gateway.ts';
import { UnauthorizedError } from './errors.ts';

/** The moderator behind the request's bearer token; 401 when it is missing or unknown. */
export function requireModerator(event: HttpEvent): Moderator {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(event.headers.authorization ?? '');
  const moderator = match?.[1] ? findModerator(getConfig().moderators, match[1]) : undefined;
  if (!moderator) throw new UnauthorizedError();
  return moderator;
}
