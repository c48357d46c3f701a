/**
 * The submission form without JavaScript (DESIGN.md, "Forms"):
 *  - `GET /initiatief-aanmelden/` (and `/en/…`): the built form page with a fresh fill-time token;
 *  - `POST /forms/initiatief?lang=nl|en`: urlencoded form data, checked with the same schema as
 *    the API. Success: 303 to the confirmation page. Wrong input: 422 with the same page, an error
 *    summary, a message at every wrong field (in the form's language: the schema's Dutch, or its
 *    English from `messages.ts`) and the values kept. The honeypot and the time trap exist only
 *    here.
 * The form is `ui/initiative-form.ts`, which the page's island renders too; neither this handler
 * nor the form imports anything of `site/`.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getConfig } from '#config';
import type { HttpResult } from '#adapters/http/api-gateway';
import {
  fillTimeToken,
  formLangOfEvent,
  formPageWithToken,
  formPairs,
  htmlResult,
  isUrlEncodedForm,
  notAForm,
  pagePath,
  pageWith,
  seeOther,
  type FormPageLang,
} from '#adapters/http/form-pages';
import { defineHandler } from '#adapters/http/handler';
import { clientIp } from '#adapters/http/request-input';
import { initiativeSchema } from '#contracts/initiative';
import { fieldMessages, formToInitiative, honeypotValue, startedToken, type FieldMessages } from '#contracts/initiative-form';
import { dutchErrorMap } from '#contracts/dutch-errors';
import { RateLimitExceededError } from '#domain/errors';
import { checkFormTime } from '#domain/form-time';
import { submitInitiative } from '#domain/initiative-submissions';
import InitiativeForm from '../../ui/initiative-form.ts';
import { formWords } from '../../ui/form-kit.ts';
import { initiativeDependencies } from './dependencies.ts';

const FORM_PAGE = '/initiatief-aanmelden/';
const THANKS_PAGE = '/initiatief-aanmelden/bedankt/';

/** The form page again, with the form rendered from the posted values and messages. */
async function formAgain(
  lang: FormPageLang,
  statusCode: number,
  values: [string, string][],
  errors: FieldMessages,
  formError?: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const form = renderToStaticMarkup(createElement(InitiativeForm, { lang, values, errors, formError, started: fillTimeToken() }));
  return htmlResult(statusCode, await pageWith(pagePath(lang, FORM_PAGE), form, { titlePrefix: formWords[lang].errorSummary }), headers);
}

/** Lambda entry and local route target for the form page and the form post. */
export const handler = defineHandler(async (event) => {
  const lang = formLangOfEvent(event);
  if (event.requestContext.http.method === 'GET') return formPageWithToken(pagePath(lang, FORM_PAGE));

  if (!isUrlEncodedForm(event)) return notAForm(FORM_PAGE);
  const pairs = formPairs(event);
  if (!pairs) return formAgain(lang, 413, [], {}, formWords[lang].failed);

  // A bot that filled the honeypot is told nothing useful: it sees the normal success.
  if (honeypotValue(pairs) !== '') return seeOther(pagePath(lang, THANKS_PAGE));
  const config = getConfig();
  if (checkFormTime(startedToken(pairs), config.signingKey ?? '', Date.now(), config.formMinFillSeconds)) {
    return formAgain(lang, 422, pairs, {}, formWords[lang].automated);
  }

  const parsed = initiativeSchema.safeParse(formToInitiative(pairs), { error: dutchErrorMap });
  if (!parsed.success) return formAgain(lang, 422, pairs, fieldMessages(parsed.error.issues, lang));
  try {
    await submitInitiative(initiativeDependencies(), { input: parsed.data, clientIp: clientIp(event), idempotencyKey: undefined });
  } catch (error) {
    if (error instanceof RateLimitExceededError) {
      return formAgain(lang, 429, pairs, {}, formWords[lang].rateLimited, { 'retry-after': String(error.retryAfterSeconds) });
    }
    throw error;
  }
  return seeOther(pagePath(lang, THANKS_PAGE));
});
