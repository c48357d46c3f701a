/**
 * The moderators' sign-in on AWS: Cognito's hosted login, used by the moderation page with the
 * authorization-code flow and PKCE (a public client, no secret). The CDK app hands the site build
 * two settings; locally neither is set and moderators sign in with a token instead.
 *
 * - `MODERATOR_LOGIN_URL`: the hosted login's origin, `https://<prefix>.auth.<region>.amazoncognito.com`;
 * - `MODERATOR_LOGIN_CLIENT_ID`: the user pool's app client for the moderation page.
 *
 * The same origin goes into the site's `connect-src`, so the page may fetch its token there.
 */
import { z } from 'zod';

export const moderatorLoginSchema = z.strictObject({
  url: z
    .string()
    .regex(/^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'MODERATOR_LOGIN_URL moet een https-origin zijn, zonder pad, zoals https://werkpad-moderatie.auth.eu-west-1.amazoncognito.com'),
  clientId: z.string().regex(/^[\w+]{1,128}$/, 'MODERATOR_LOGIN_CLIENT_ID moet de id van een Cognito-app-client zijn'),
});
export type ModeratorLogin = z.infer<typeof moderatorLoginSchema>;

/** The hosted-login settings from the build's environment; undefined when neither is set. Throws naming what is wrong. */
export function moderatorLoginFromEnv(env: Record<string, string | undefined>): ModeratorLogin | undefined {
  const url = env.MODERATOR_LOGIN_URL?.trim() || undefined;
  const clientId = env.MODERATOR_LOGIN_CLIENT_ID?.trim() || undefined;
  if (!url && !clientId) return undefined;
  if (!url || !clientId) {
    throw new Error(`Zet MODERATOR_LOGIN_URL en MODERATOR_LOGIN_CLIENT_ID samen, of geen van beide (nu ontbreekt ${url ? 'MODERATOR_LOGIN_CLIENT_ID' : 'MODERATOR_LOGIN_URL'}).`);
  }
  const parsed = moderatorLoginSchema.safeParse({ url: url.replace(/\/+$/, ''), clientId });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}
