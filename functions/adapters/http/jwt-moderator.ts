/**
 * Moderators on AWS (DESIGN.md, "Moderators"): they sign in with Amazon Cognito (hosted login, code
 * flow with PKCE) and API Gateway's JWT authorizer verifies the token's signature, issuer, audience
 * and expiry before the function runs. This module reads what the authorizer verified: the name for
 * the audit trail from a claim, the right to moderate from membership of a Cognito group.
 */
import { moderatorSchema, type Moderator } from '#config';
import type { HttpEvent } from './api-gateway.ts';
import { ForbiddenError, UnauthorizedError } from './errors.ts';

/** Claims that name the user, best first: a chosen name, then the Cognito user name (ID or access token). */
const NAME_CLAIMS = ['preferred_username', 'cognito:username', 'username'] as const;

/** The groups in a `cognito:groups` claim: a list, or the `"[a b]"` text HTTP APIs turn lists into. */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * The moderator behind a request the JWT authorizer let through: 401 when there are no verified
 * claims (the route was reached without the authorizer), 403 when the user is not in `group` or has
 * no name fit for the audit trail (letters, digits, `.`, `_`, `-`; never an e-mail address).
 */
export function moderatorFromClaims(event: HttpEvent, group: string): Moderator {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (!claims || typeof claims.sub !== 'string') throw new UnauthorizedError();
  if (!groupsOf(claims['cognito:groups']).includes(group)) throw new ForbiddenError();
  for (const claim of NAME_CLAIMS) {
    const name = moderatorSchema.shape.name.safeParse(claims[claim]);
    if (name.success) return { name: name.data, token: '' };
  }
  throw new ForbiddenError('Uw account heeft geen bruikbare naam voor het logboek; vraag de beheerder een gebruikersnaam zonder @ in te stellen.');
}
