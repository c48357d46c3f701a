/**
 * The 'Initiatief aanmelden' island: the shared form (`ui/initiative-form.ts`, which the form
 * route renders too) with what only the browser does — send checked data as JSON to
 * `POST /api/initiatives` (one Idempotency-Key per filled-in form, so a retry after a lost answer is
 * recognised), go to the thanks page, or show the API's messages in the page's language. The
 * manage page passes its own `onValidSubmit` (corrections). Written with `createElement` like the
 * form it wraps.
 */
import { createElement as h, useRef } from 'react';
import type { InitiativeInput } from '../../functions/contracts/initiative.ts';
import InitiativeFormView, { type InitiativeFormProps } from '../../ui/initiative-form.ts';
import { localizePath, type Lang } from '../i18n/locales.ts';
import { callApi, formProblem } from './api-client.ts';

export { initiativeToPairs } from '../../ui/initiative-form.ts';

/** The form island; without `onValidSubmit` it submits a new initiative. */
export default function InitiativeForm(props: InitiativeFormProps & { lang: Lang }) {
  const idempotencyKey = useRef<string | null>(null);

  async function submit(data: InitiativeInput) {
    idempotencyKey.current ??= crypto.randomUUID();
    const answer = await callApi('POST', '/api/initiatives', data, { 'idempotency-key': idempotencyKey.current });
    if (answer.ok) {
      location.assign(localizePath(props.lang, '/initiatief-aanmelden/bedankt/'));
      return new Promise<never>(() => {}); // the page is leaving; keep the button busy
    }
    return formProblem(props.lang, answer);
  }

  return h(InitiativeFormView, { ...props, onValidSubmit: props.onValidSubmit ?? submit });
}
