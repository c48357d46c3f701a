/**
 * Sign-in through Cognito's hosted login (`functions/contracts/moderator-login.ts`) for the
 * moderation page: the authorization-code flow with PKCE (RFC 7636, S256). Nothing here is a secret:
 * the page keeps the one-time verifier and state in this tab's sessionStorage until the login
 * page sends the moderator back with `?code=…&state=…`, then trades the code for tokens.
 *
 * The access token is what the admin API's JWT authorizer checks (its `client_id` is the page's
 * app client, its `cognito:groups` says who moderates); it lives one hour, then the page asks to
 * sign in again (the hosted login remembers the session, so that is one click).
 */
import type { ModeratorLogin } from '../../functions/contracts/moderator-login.ts';

const PENDING_KEY = 'werkpad.login';

/** Base64url without padding, as PKCE and OAuth use it. */
export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 code challenge of a verifier. */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function randomText(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Where the hosted login sends the moderator back: this page, without query or fragment. */
export function redirectUriOf(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

/** Starts a sign-in: remembers verifier and state, and returns the hosted login's address. */
export async function startLogin(login: ModeratorLogin, redirectUri: string, storage: Pick<Storage, 'setItem'>): Promise<string> {
  const verifier = randomText(48);
  const state = randomText(24);
  storage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: login.clientId,
    redirect_uri: redirectUri,
    scope: 'openid profile',
    state,
    code_challenge_method: 'S256',
    code_challenge: await codeChallenge(verifier),
  });
  return `${login.url}/oauth2/authorize?${query}`;
}

/** Why a return from the hosted login did not give a token; the page says it in the moderator's words. */
export type LoginProblem = 'denied' | 'stale' | 'failed';

/**
 * Finishes a sign-in from the page's query string: `undefined` when the page was not opened by
 * the hosted login, else the access token or the problem. The pending verifier is used once.
 */
export async function finishLogin(
  login: ModeratorLogin,
  redirectUri: string,
  search: string,
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  fetchFn: typeof fetch = fetch,
): Promise<{ token: string } | { problem: LoginProblem } | undefined> {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  if (!code && !params.has('error')) return undefined;
  const pending = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (params.has('error')) return { problem: 'denied' };
  let saved: { verifier?: unknown; state?: unknown } = {};
  try {
    saved = JSON.parse(pending ?? '{}') as typeof saved;
  } catch {
    // treated as no pending sign-in below
  }
  if (typeof saved.verifier !== 'string' || saved.state !== params.get('state')) return { problem: 'stale' };
  try {
    const answer = await fetchFn(`${login.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: login.clientId, code: code!, redirect_uri: redirectUri, code_verifier: saved.verifier }),
    });
    const body = (await answer.json().catch(() => ({}))) as { access_token?: unknown };
    if (!answer.ok || typeof body.access_token !== 'string') return { problem: 'failed' };
    return { token: body.access_token };
  } catch {
    return { problem: 'failed' };
  }
}

/** The hosted login's sign-out, which comes back to this page. */
export function logoutUrl(login: ModeratorLogin, redirectUri: string): string {
  return `${login.url}/logout?${new URLSearchParams({ client_id: login.clientId, logout_uri: redirectUri })}`;
}
