/**
 * What every form route (`functions/handlers/form-*.ts`, DESIGN.md "Forms") does with the built
 * page around its form: serve it with a fresh fill-time token, and answer a wrong post with the
 * same page, the form rendered again inside it. Only the HTML plumbing lives here; the form itself
 * comes from `ui/` and the rules from the domain.
 */
import { getConfig } from '#config';
import { issueFormTime } from '#domain/form-time';
import type { HttpEvent, HttpResult } from './api-gateway.ts';
import { bodyBytes } from './json-body.ts';
import { readSitePage } from './site-pages.ts';

/** The largest urlencoded form a form route reads (the JSON API's limit is 32 kB too). */
export const MAX_FORM_BYTES = 32 * 1024;

/** The island of a built page: what a form route replaces with its server-rendered form. */
const ISLAND = /<astro-island\b[\s\S]*?<\/astro-island>/;
const STARTED_INPUT = /(<input\b[^>]*\bname="started_at"[^>]*\bvalue=")[^"]*(")/;

/** The languages the form pages exist in. */
export type FormPageLang = 'nl' | 'en';

/** The language of a form request: `?lang=en` (the form's action) or an `/en/` path; Dutch otherwise. */
export function formLangOfEvent(event: HttpEvent): FormPageLang {
  const fromQuery = new URLSearchParams(event.rawQueryString).get('lang');
  const fromPath = event.rawPath.startsWith('/en/') ? 'en' : undefined;
  return (fromQuery ?? fromPath) === 'en' ? 'en' : 'nl';
}

/** `path` in `lang`: Dutch at the root, English under `/en`. */
export function pagePath(lang: FormPageLang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

/** An HTML answer that no cache keeps (it may hold what a person typed). */
export function htmlResult(statusCode: number, body: string, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }, body };
}

/** A 303 to a page (the confirmation after a successful post). */
export function seeOther(location: string): HttpResult {
  return { statusCode: 303, headers: { location } };
}

/** A fresh signed fill-time token for the form's `started_at` field. */
export function fillTimeToken(): string {
  return issueFormTime(getConfig().signingKey ?? '', Date.now());
}

/** The built page at `urlPath` (language included); a missing one is a broken deployment. */
export async function builtPage(urlPath: string): Promise<string> {
  const page = await readSitePage(urlPath);
  if (!page) throw new Error(`De formulierpagina ${urlPath} ontbreekt in de gebouwde site.`);
  return page;
}

/** The built form page with a fresh fill-time token in its form. */
export async function formPageWithToken(urlPath: string): Promise<HttpResult> {
  const page = await builtPage(urlPath);
  return htmlResult(200, page.replace(STARTED_INPUT, (_, start: string, end: string) => `${start}${fillTimeToken()}${end}`));
}

/**
 * The built page with `markup` in place of the element `region` matches (the form's island by
 * default), and `titlePrefix` before its title ("Er is een probleem: …").
 */
export async function pageWith(
  urlPath: string,
  markup: string,
  options: { region?: RegExp; titlePrefix?: string | undefined } = {},
): Promise<string> {
  const page = (await builtPage(urlPath)).replace(options.region ?? ISLAND, () => markup);
  return options.titlePrefix ? page.replace(/<title>/, () => `<title>${options.titlePrefix}: `) : page;
}

/** The content type of a form post (`application/x-www-form-urlencoded` is the only one taken). */
export function isUrlEncodedForm(event: HttpEvent): boolean {
  return (event.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** The 415 of a post that did not come from the form. */
export function notAForm(formPage: string): HttpResult {
  return htmlResult(415, `<!doctype html><html lang="nl"><title>Niet ondersteund</title><p>Stuur het formulier vanaf ${formPage}.</p></html>`);
}

/** The posted pairs, or `undefined` when the body is larger than `MAX_FORM_BYTES`. */
export function formPairs(event: HttpEvent): [string, string][] | undefined {
  const bytes = bodyBytes(event);
  if (bytes.length > MAX_FORM_BYTES) return undefined;
  return [...new URLSearchParams(bytes.toString('utf8'))];
}
