/**
 * The 'Werkgever aanmelden' island: the shared form (`ui/employer-form.ts`) with what only the
 * browser does — send checked data as JSON to `POST /api/employers` (one Idempotency-Key per
 * filled-in form, so a retry after a lost answer is recognised), go to the thanks page, or show the
 * API's messages in the page's language. A KvK number that a verified entry holds (409 with
 * `fields.kvk`) is a message at the KvK field.
 */
import { useRef } from 'react';
import type { EmployerData } from '../../functions/contracts/employer.ts';
import EmployerFormView from '../../ui/employer-form.ts';
import { employerFormText } from '../../ui/employer-form-text.ts';
import { formLangOf } from '../../ui/form-kit.ts';
import { localizePath, type Lang } from '../i18n/locales.ts';
import { messageLangOf, messagesIn } from '../../functions/contracts/messages.ts';
import { formWords } from '../../ui/form-kit.ts';
import { callApi } from './api-call.ts';

/** The form island on the 'Werkgever aanmelden' page. */
export default function EmployerForm({ lang }: { lang: Lang }) {
  const idempotencyKey = useRef<string | null>(null);

  async function send(data: EmployerData & { consent?: true }) {
    idempotencyKey.current ??= crypto.randomUUID();
    const answer = await callApi<{ id: string; status: 'unverified' }>('POST', '/api/employers', data, { 'idempotency-key': idempotencyKey.current });
    if (answer.ok) {
      location.assign(localizePath(lang, '/werkgever-aanmelden/bedankt/'));
      return new Promise<never>(() => {}); // the page is leaving; keep the button busy
    }
    // The KvK number is held by a verified entry (or being verified right now): the API names the
    // field; the message in the page's language (the API's Dutch busy message is the form's own).
    if (answer.status === 409 && answer.fields.kvk) {
      const text = employerFormText[formLangOf(lang)];
      return { errors: { kvk: answer.fields.kvk === employerFormText.nl['kvk.busy'] ? text['kvk.busy'] : text['kvk.taken'] } };
    }
    // The form's own words, not the site's dictionaries: they would weigh down this island.
    const errors = messagesIn(messageLangOf(lang), answer.fields);
    if (Object.keys(errors).length > 0) return { errors };
    const words = formWords[formLangOf(lang)];
    if (answer.status === 0) return { formError: words.failed };
    if (answer.code === 'rate_limited') return { formError: words.rateLimited };
    return { formError: lang === 'nl' && answer.message ? answer.message : words.failed };
  }

  return <EmployerFormView lang={lang} onValidSubmit={send} />;
}
