/**
 * The no-JavaScript route of a registration form (DESIGN.md, "Forms"), the same for every form
 * that creates something (`/forms/initiatief`, `/forms/werkgever`):
 *  - `GET` the built form page with a fresh fill-time token;
 *  - `POST` urlencoded data, checked with the API's schema. Success: 303 to the thanks page.
 *    Wrong input: 422 with the same page, an error summary, a message at every wrong field (in the
 *    form's language) and the values kept. Over the rate limit: 429 with `Retry-After`, the same
 *    page. A conflict the use case reports at a field (a KvK number already held): 409, the same
 *    page, the message at that field.
 * The honeypot and the time trap exist only here: a filled honeypot sees the normal success, a form
 * sent faster than a person can fill it gets the page again with a request to wait.
 * Each form brings its own view (from `ui/`), schema and use case; this module only plumbs them.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { z } from 'zod';
import { getConfig } from '#config';
import { fieldMessages, honeypotValue, startedToken, type FieldMessages } from '#contracts/initiative-form';
import { dutchErrorMap } from '#contracts/dutch-errors';
import { RateLimitExceededError } from '#domain/errors';
import { checkFormTime } from '#domain/form-time';
import { formWords } from '../../../ui/form-kit.ts';
import type { HttpHandler, HttpResult } from './api-gateway.ts';
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
} from './form-pages.ts';
import { defineHandler } from './handler.ts';
import { clientIp } from './request-input.ts';

/** What a form view (`ui/*-form.ts`) is rendered with, on the server as in the island. */
export type FormViewProps = {
  lang: FormPageLang;
  values: [string, string][];
  errors: FieldMessages;
  formError?: string | undefined;
  started: string;
};

/** One form: its pages, its view, how its pairs become the API's body, and what it submits. */
export type SubmissionForm<Schema extends z.ZodType> = {
  /** The form page's path in Dutch (`/werkgever-aanmelden/`); English lives under `/en`. */
  formPage: string;
  /** Where a successful post goes (303). */
  thanksPage: string;
  view: FunctionComponent<FormViewProps>;
  /** The API's schema, so that the form and `POST /api/…` accept exactly the same. */
  schema: Schema;
  /** The posted pairs as the API's JSON body. */
  toBody: (pairs: [string, string][]) => Record<string, unknown>;
  /** Runs the use case; throws its domain errors. */
  submit: (input: z.output<Schema>, clientIp: string) => Promise<unknown>;
  /** A domain error the form answers with 409 and a message at a field, or `undefined` for any other. */
  conflictAt?: (error: unknown, lang: FormPageLang) => FieldMessages | undefined;
};

/** The Lambda entry and local route target of `form`'s page and post. */
export function submissionFormHandler<Schema extends z.ZodType>(form: SubmissionForm<Schema>): HttpHandler {
  /** The form page again, with the form rendered from the posted values and messages. */
  const formAgain = async (
    lang: FormPageLang,
    statusCode: number,
    values: [string, string][],
    errors: FieldMessages,
    formError?: string,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> => {
    const markup = renderToStaticMarkup(createElement(form.view, { lang, values, errors, formError, started: fillTimeToken() }));
    return htmlResult(statusCode, await pageWith(pagePath(lang, form.formPage), markup, { titlePrefix: formWords[lang].errorSummary }), headers);
  };
  const thanks = (lang: FormPageLang) => seeOther(pagePath(lang, form.thanksPage));

  return defineHandler(async (event) => {
    const lang = formLangOfEvent(event);
    if (event.requestContext.http.method === 'GET') return formPageWithToken(pagePath(lang, form.formPage));

    if (!isUrlEncodedForm(event)) return notAForm(form.formPage);
    const pairs = formPairs(event);
    if (!pairs) return formAgain(lang, 413, [], {}, formWords[lang].tooLarge);

    // A bot that filled the honeypot is told nothing useful: it sees the normal success.
    if (honeypotValue(pairs) !== '') return thanks(lang);
    const config = getConfig();
    if (checkFormTime(startedToken(pairs), config.signingKey ?? '', Date.now(), config.formMinFillSeconds)) {
      return formAgain(lang, 422, pairs, {}, formWords[lang].automated);
    }

    const parsed = form.schema.safeParse(form.toBody(pairs), { error: dutchErrorMap });
    if (!parsed.success) return formAgain(lang, 422, pairs, fieldMessages(parsed.error.issues, lang));
    try {
      await form.submit(parsed.data, clientIp(event));
    } catch (error) {
      if (error instanceof RateLimitExceededError) {
        return formAgain(lang, 429, pairs, {}, formWords[lang].rateLimited, { 'retry-after': String(error.retryAfterSeconds) });
      }
      const atField = form.conflictAt?.(error, lang);
      if (atField) return formAgain(lang, 409, pairs, atField);
      throw error;
    }
    return thanks(lang);
  });
}
