/**
 * The API call of the islands, without any dictionary: an island that brings its own words (the
 * employer form) imports this alone, so it does not ship every language's UI strings.
 */
import type { FieldMessages } from '../../functions/contracts/initiative-form.ts';

/** An API answer: the status, and either the body or the contract's error. */
export type ApiAnswer<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; code: string; message: string; fields: FieldMessages };

/** Sends JSON to the API and reads the answer; network failures become status 0. */
export async function callApi<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'network', message: '', fields: {} };
  }
  const json = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; fields?: FieldMessages } };
  if (response.ok) return { ok: true, status: response.status, body: json as T };
  return {
    ok: false,
    status: response.status,
    code: json.error?.code ?? 'unknown',
    message: json.error?.message ?? '',
    fields: json.error?.fields ?? {},
  };
}

/** A failed answer, as `callApi` gives it. */
export type ApiProblem = Extract<ApiAnswer<unknown>, { ok: false }>;

