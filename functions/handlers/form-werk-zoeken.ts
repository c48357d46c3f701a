/**
 * 'Werk zoeken' without JavaScript (DESIGN.md, "Match without JavaScript"):
 * `POST /forms/werk-zoeken?lang=nl|en|ar|uk|ti` with the urlencoded form, checked with the same
 * schema as `POST /api/match`. It answers 200 with the built page and the results rendered in it
 * (`ui/match-form.ts`, the view the island shows), or 422 with the same page, an error summary,
 * the messages at the fields and the values kept. The profile comes only in the body, and goes
 * nowhere: not into the store, a log line or an address.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { HttpEvent, HttpResult } from '#adapters/http/api-gateway';
import { formPairs, htmlResult, isUrlEncodedForm, notAForm, pageWith } from '#adapters/http/form-pages';
import { defineHandler } from '#adapters/http/handler';
import { dutchErrorMap } from '#contracts/dutch-errors';
import { formToProfile, profileSchema } from '#contracts/match';
import { matchLangs, type MatchLang } from '#domain/match-reasons';
import { matchProfile } from '#domain/match-service';
import MatchView, { messageFor, type MatchViewProps } from '../../ui/match-form.ts';
import { matchWord } from '../../ui/match-text.ts';
import { matchDependencies } from './match-dependencies.ts';

const PAGE = '/werk-zoeken/';

/** The page's language from `?lang=` (the form's action); Dutch otherwise. */
function langOf(event: HttpEvent): MatchLang {
  const asked = new URLSearchParams(event.rawQueryString).get('lang');
  return (matchLangs as readonly string[]).includes(asked ?? '') ? (asked as MatchLang) : 'nl';
}

/** The built page in `lang` with the view in place of its island. */
async function page(lang: MatchLang, statusCode: number, view: Omit<MatchViewProps, 'lang'>, titlePrefix: string): Promise<HttpResult> {
  const markup = renderToStaticMarkup(createElement(MatchView, { lang, ...view }));
  return htmlResult(statusCode, await pageWith(lang === 'nl' ? PAGE : `/${lang}${PAGE}`, markup, { titlePrefix }));
}

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const lang = langOf(event);
  if (!isUrlEncodedForm(event)) return notAForm(PAGE);
  const pairs = formPairs(event);
  if (!pairs) return page(lang, 413, { formError: matchWord(lang, 'failed') }, matchWord(lang, 'errorSummary'));

  const parsed = profileSchema.safeParse(formToProfile(pairs), { error: dutchErrorMap });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || '_'] ??= messageFor(lang, issue.message);
    return page(lang, 422, { values: pairs, errors }, matchWord(lang, 'errorSummary'));
  }
  const result = await matchProfile(matchDependencies(), parsed.data, lang);
  return page(lang, 200, { values: pairs, result }, matchWord(lang, 'results'));
});
