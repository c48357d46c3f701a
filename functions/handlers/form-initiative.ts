/**
 * The submission form without JavaScript (DESIGN.md, "Forms"):
 *  - `GET /initiatief-aanmelden/` (and `/en/…`): the built form page with a fresh fill-time token;
 *  - `POST /forms/initiatief?lang=nl|en`: urlencoded form data, checked with the same schema as
 *    the API. Success: 303 to the confirmation page. Wrong input: 422 with the same page, an error
 *    summary, a message at every wrong field (in the form's language: the schema's Dutch, or its
 *    English from `messages.ts`) and the values kept. The honeypot and the time trap exist only
 *    here.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getConfig } from '#config';
import type { HttpEvent, HttpResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { bodyBytes } from '#adapters/http/json-body';
import { clientIp } from '#adapters/http/request-input';
import { readSitePage } from '#adapters/http/site-pages';
import { initiativeSchema } from '#contracts/initiative';
import { fieldMessages, formToInitiative, honeypotValue, startedToken, type FieldMessages } from '#contracts/initiative-form';
import { dutchErrorMap } from '#contracts/dutch-errors';
import { messageLangOf } from '#contracts/messages';
import { RateLimitExceededError } from '#domain/errors';
import { checkFormTime, issueFormTime } from '#domain/form-time';
import { submitInitiative } from '#domain/initiative-submissions';
import InitiativeForm from '../../site/islands/initiative-form.ts';
import { t } from '../../site/i18n/index.ts';
import { localizePath, type Lang } from '../../site/i18n/locales.ts';
import { initiativeDependencies } from './dependencies.ts';

const MAX_FORM_BYTES = 32 * 1024;
const FORM_PAGE = '/initiatief-aanmelden/';
const ISLAND = /<astro-island\b[\s\S]*?<\/astro-island>/;
const STARTED_INPUT = /(<input\b[^>]*\bname="started_at"[^>]*\bvalue=")[^"]*(")/;

function langOf(event: HttpEvent): Lang {
  const fromQuery = new URLSearchParams(event.rawQueryString).get('lang');
  const fromPath = event.rawPath.startsWith('/en/') ? 'en' : undefined;
  return (fromQuery ?? fromPath) === 'en' ? 'en' : 'nl';
}

function html(statusCode: number, body: string, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }, body };
}

function token(): string {
  return issueFormTime(getConfig().signingKey ?? '', Date.now());
}

async function shell(lang: Lang): Promise<string> {
  const page = await readSitePage(localizePath(lang, FORM_PAGE));
  if (!page) throw new Error(`De formulierpagina ${localizePath(lang, FORM_PAGE)} ontbreekt in de gebouwde site.`);
  return page;
}

/** The form page again, with the form rendered from the posted values and messages. */
async function formAgain(
  lang: Lang,
  statusCode: number,
  values: [string, string][],
  errors: FieldMessages,
  formError?: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const form = renderToStaticMarkup(createElement(InitiativeForm, { lang, values, errors, formError, started: token() }));
  const page = (await shell(lang))
    .replace(ISLAND, () => form)
    .replace(/<title>/, () => `<title>${t(lang, 'form.errorSummary')}: `);
  return html(statusCode, page, headers);
}

/** Lambda entry and local route target for the form page and the form post. */
export const handler = defineHandler(async (event) => {
  const lang = langOf(event);
  if (event.requestContext.http.method === 'GET') {
    return html(200, (await shell(lang)).replace(STARTED_INPUT, (_, start: string, end: string) => `${start}${token()}${end}`));
  }

  const type = (event.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return html(415, `<!doctype html><html lang="nl"><title>Niet ondersteund</title><p>Stuur het formulier vanaf ${FORM_PAGE}.</p></html>`);
  }
  const bytes = bodyBytes(event);
  if (bytes.length > MAX_FORM_BYTES) return formAgain(lang, 413, [], {}, t(lang, 'form.failed'));
  const pairs = [...new URLSearchParams(bytes.toString('utf8'))];

  // A bot that filled the honeypot is told nothing useful: it sees the normal success.
  if (honeypotValue(pairs) !== '') return { statusCode: 303, headers: { location: localizePath(lang, `${FORM_PAGE}bedankt/`) } };
  const config = getConfig();
  if (checkFormTime(startedToken(pairs), config.signingKey ?? '', Date.now(), config.formMinFillSeconds)) {
    return formAgain(lang, 422, pairs, {}, t(lang, 'form.automated'));
  }

  const parsed = initiativeSchema.safeParse(formToInitiative(pairs), { error: dutchErrorMap });
  if (!parsed.success) return formAgain(lang, 422, pairs, fieldMessages(parsed.error.issues, messageLangOf(lang)));
  try {
    await submitInitiative(initiativeDependencies(), { input: parsed.data, clientIp: clientIp(event), idempotencyKey: undefined });
  } catch (error) {
    if (error instanceof RateLimitExceededError) {
      return formAgain(lang, 429, pairs, {}, t(lang, 'form.rateLimited'), { 'retry-after': String(error.retryAfterSeconds) });
    }
    throw error;
  }
  return { statusCode: 303, headers: { location: localizePath(lang, `${FORM_PAGE}bedankt/`) } };
});
