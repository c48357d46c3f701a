/**
 * Confirming an employer's registration without JavaScript: `POST /forms/werkgever-bevestigen`.
 *
 * The mail links carry their token in the URL fragment (`/werkgevers/bevestigen/#token=…`, or
 * `#confirm=…` for the yearly question), which a browser never sends, so it stays out of access
 * logs and Referer headers. Without JavaScript the page cannot read the fragment either, so it asks
 * for the whole link, pasted into a form whose body this handler reads (bodies are not logged).
 * It calls the same use case as `POST /api/employers/verify` (or `/confirm`) and answers with the
 * confirmation page, the outcome in place of the island: 200 when confirmed, 410 for a used or
 * expired link, 404 for an unknown one, 409 when another entry of the same KvK number was verified
 * first, 422 with the form again when the pasted text holds no token. Nothing is changed unless
 * the answer is 200.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { HttpResult } from '#adapters/http/api-gateway';
import { formLangOfEvent, formPairs, htmlResult, isUrlEncodedForm, notAForm, pagePath, pageWith, type FormPageLang } from '#adapters/http/form-pages';
import { defineHandler } from '#adapters/http/handler';
import { DomainError } from '#domain/errors';
import { confirmEmployerEntry, verifyEmployerEntry } from '#domain/employer-register';
import { PasteLinkForm, tokenOfLink, verifyOutcomeView, type VerifyOutcome } from '../../ui/employer-verify.ts';
import { formWords } from '../../ui/form-kit.ts';
import { employerDependencies } from './employer-dependencies.ts';

const PAGE = '/werkgevers/bevestigen/';
/** The part of the built page that the island and the no-JavaScript form fill (see the page). */
const SLOT = /<div class="employer-verify" data-verify-slot[^>]*>[\s\S]*?<\/noscript>\s*<\/div>/;

const STATUS: Record<VerifyOutcome, number> = {
  verified: 200,
  confirmed: 200,
  'confirmed-hidden': 200,
  gone: 410,
  'not-found': 404,
  taken: 409,
  failed: 500,
};

async function page(lang: FormPageLang, statusCode: number, content: string, titlePrefix?: string): Promise<HttpResult> {
  const html = await pageWith(pagePath(lang, PAGE), `<div class="employer-verify">${content}</div>`, { region: SLOT, titlePrefix });
  return htmlResult(statusCode, html);
}

/** What a use case's error means for the person holding the link. */
function outcomeOf(error: unknown): VerifyOutcome | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (error.kind === 'gone') return 'gone';
  if (error.kind === 'not_found') return 'not-found';
  if (error.kind === 'conflict') return 'taken';
  return undefined;
}

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const lang = formLangOfEvent(event);
  if (!isUrlEncodedForm(event)) return notAForm(PAGE);
  const pairs = formPairs(event) ?? [];
  const pasted = pairs.find(([name]) => name === 'link')?.[1] ?? '';
  const link = tokenOfLink(pasted);
  if (!link) {
    const form = renderToStaticMarkup(PasteLinkForm({ lang, value: pasted.slice(0, 500), error: true }));
    return page(lang, 422, form, formWords[lang].errorSummary);
  }
  let outcome: VerifyOutcome;
  try {
    if (link.kind === 'verify') {
      await verifyEmployerEntry(employerDependencies(), link.token);
      outcome = 'verified';
    } else {
      const confirmed = await confirmEmployerEntry(employerDependencies(), link.token);
      outcome = confirmed.status === 'hidden' ? 'confirmed-hidden' : 'confirmed';
    }
  } catch (error) {
    const known = outcomeOf(error);
    if (!known) throw error;
    outcome = known;
  }
  return page(lang, STATUS[outcome], renderToStaticMarkup(verifyOutcomeView(lang, outcome)));
});
