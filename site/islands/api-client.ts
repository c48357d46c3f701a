/**
 * Browser helpers for the JSON API: one place that sends requests and turns error bodies into
 * something the islands can show.
 */
import type { FieldMessages } from '../../functions/contracts/initiative-form.ts';
import { messageLangOf, messagesIn } from '../../functions/contracts/messages.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

export { callApi, type ApiAnswer, type ApiProblem } from './api-call.ts';
import type { ApiProblem } from './api-call.ts';

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
