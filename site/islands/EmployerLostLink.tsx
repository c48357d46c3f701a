/**
 * 'Beheerlink kwijt?': asks `POST /api/employers/link` with a KvK number and an e-mail address for
 * a new manage link. The API always answers 202, whether or not they belong to an entry, so the
 * page always says the same: it must not reveal who is in the register.
 */
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { employerLinkRequestSchema } from '../../functions/contracts/employer.ts';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { fieldMessages, type FieldMessages } from '../../functions/contracts/employer-form.ts';
import { messageLangOf } from '../../functions/contracts/messages.ts';
import { errorSummary, formLangOf } from '../../ui/form-kit.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { callApi, formProblem } from './api-client.ts';

/** The lost-link form. */
export default function EmployerLostLink({ lang }: { lang: Lang }) {
  const tr = (key: UiKey) => t(lang, key);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [state, setState] = useState<'idle' | 'busy' | 'sent'>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = { kvk: String(data.get('kvk') ?? ''), email: String(data.get('email') ?? '') };
    const parsed = employerLinkRequestSchema.safeParse(body, { error: dutchErrorMap });
    if (!parsed.success) {
      setErrors(fieldMessages(parsed.error.issues, messageLangOf(lang)));
      setFormError(undefined);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setState('busy');
    const answer = await callApi('POST', '/api/employers/link', parsed.data);
    if (answer.ok) {
      setState('sent');
      requestAnimationFrame(() => sentRef.current?.focus());
      return;
    }
    const problem = formProblem(lang, answer);
    setErrors(problem.errors);
    setFormError(problem.formError);
    setState('idle');
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const field = (name: 'kvk' | 'email', label: UiKey, type: string, autoComplete: string) => {
    const message = errors[name];
    return (
      <div className={`utrecht-form-field${message ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={`f-lost-${name}`}>{tr(label)}</label></div>
        {message && <p className="utrecht-form-field-error-message" id={`f-lost-${name}-error`}>{message.charAt(0).toUpperCase() + message.slice(1)}</p>}
        <div className="utrecht-form-field__input">
          <input className={`utrecht-textbox utrecht-textbox--html-input${message ? ' utrecht-textbox--invalid' : ''}`} id={`f-lost-${name}`} name={name} type={type}
            autoComplete={autoComplete} inputMode={name === 'kvk' ? 'numeric' : undefined} required
            aria-describedby={message ? `f-lost-${name}-error` : undefined} aria-invalid={message ? true : undefined} />
        </div>
      </div>
    );
  };

  return (
    <section className="employer-lost-link" aria-labelledby="lost-link-title">
      <h2 className="utrecht-heading-2" id="lost-link-title">{tr('employerManage.lost.title')}</h2>
      {state === 'sent' ? (
        <div ref={sentRef} tabIndex={-1} className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{tr('employerManage.lost.sent')}</p>
        </div>
      ) : (
        <form className="initiative-form" method="post" noValidate onSubmit={(e) => void onSubmit(e)}>
          {errorSummaryWithIds(lang, errors, formError, summaryRef)}
          <p className="utrecht-paragraph">{tr('employerManage.lost.lead')}</p>
          {field('kvk', 'employerManage.lost.kvk', 'text', 'off')}
          {field('email', 'employerManage.lost.email', 'email', 'email')}
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={state === 'busy'}>{tr('employerManage.lost.send')}</button>
        </form>
      )}
    </section>
  );
}

/** The shared error summary, its links pointing at this form's fields (`f-lost-kvk`, `f-lost-email`). */
function errorSummaryWithIds(lang: Lang, errors: FieldMessages, formError: string | undefined, ref: Ref<HTMLDivElement>) {
  const renamed = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`lost.${k}`, v]));
  return errorSummary(formLangOf(lang), renamed, formError, ref);
}
