/**
 * Browser helpers for the JSON API: one place that sends requests and turns error bodies into
 * something the islands can show.
 */
import type { FieldMessages } from '../../functions/contracts/initiative-form.ts';
import { messageLangOf, messagesIn } from '../../functions/contracts/messages.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

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

/** The API's field messages (Dutch, by contract) in the page's language. */
export function fieldsIn(lang: Lang, problem: ApiProblem): FieldMessages {
  return messagesIn(messageLangOf(lang), problem.fields);
}

/**
 * One sentence about a failed call, for the page to show: the page's own text for a lost
 * connection, a rate limit and the error codes in `known`; otherwise the API's sentence, which is
 * Dutch, so only on Dutch pages — other pages get a general failure instead.
 */
export function problemText(lang: Lang, problem: ApiProblem, known: Partial<Record<string, UiKey>> = {}): string {
  if (problem.status === 0) return t(lang, 'form.failed');
  const key = known[problem.code] ?? (problem.code === 'rate_limited' ? 'form.rateLimited' : undefined);
  if (key) return t(lang, key);
  return lang === 'nl' && problem.message ? problem.message : t(lang, 'form.serverError');
}

/** What a form shows after a failed call: the field messages, or else one sentence for the whole form. */
export function formProblem(lang: Lang, problem: ApiProblem, known: Partial<Record<string, UiKey>> = {}): { errors: FieldMessages; formError: string | undefined } {
  const errors = fieldsIn(lang, problem);
  return { errors, formError: Object.keys(errors).length > 0 ? undefined : problemText(lang, problem, known) };
}
