/**
 * The manage page of a submission: the token comes from the link in the mail (in the URL
 * fragment, so it never reaches a server log), the page shows the status and the editors' reason,
 * lets the submitter correct the entry, which sends it back for review, and withdraw it after an
 * in-page confirmation, which erases their name and e-mail address. Messages read in the page's
 * language: the correction form's own, the API's field messages (translated) and, for a failed
 * call, this page's texts for the error codes it knows.
 */
import { useEffect, useRef, useState } from 'react';
import { clearableFields, type InitiativeInput, type ManagedInitiative } from '../../functions/contracts/initiative.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { callApi, formProblem, problemText } from './api-client.ts';
import InitiativeForm, { initiativeToPairs } from './initiative-form.ts';

/** This page's own words for the API's error codes it can explain (a 409 is handled where it happens). */
const MANAGE_PROBLEMS: Partial<Record<string, UiKey>> = { not_found: 'manage.notFound', gone: 'manage.gone' };

/** The manage island. */
export default function ManageApp({ lang }: { lang: Lang }) {
  const tr = (key: UiKey) => t(lang, key);
  const [token, setToken] = useState<string | null>(null);
  const [entry, setEntry] = useState<ManagedInitiative | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  // Withdrawal: the button, then an in-page confirmation, then the request; `done` replaces the page.
  const [withdrawal, setWithdrawal] = useState<'idle' | 'confirm' | 'busy' | 'done'>('idle');
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const withdrawButtonRef = useRef<HTMLButtonElement>(null);
  const confirmTitleRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const previousWithdrawal = useRef(withdrawal);

  async function load(tok: string) {
    const answer = await callApi<ManagedInitiative>('POST', '/api/initiatives/manage', { token: tok });
    if (answer.ok) {
      setEntry(answer.body);
      setFormKey((k) => k + 1);
    } else {
      setProblem(answer.status === 0 ? tr('form.failed') : answer.status === 410 ? tr('manage.gone') : tr('manage.notFound'));
    }
  }

  useEffect(() => {
    const tok = new URLSearchParams(location.hash.slice(1)).get('token');
    if (!tok) return setProblem(tr('manage.noToken'));
    setToken(tok);
    void load(tok);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  // Keyboard and screen-reader users land where the withdrawal continues: the question, the
  // outcome, or (after "no") the button they started from.
  useEffect(() => {
    const before = previousWithdrawal.current;
    previousWithdrawal.current = withdrawal;
    if (withdrawal === 'confirm' && before === 'idle') confirmTitleRef.current?.focus();
    else if (withdrawal === 'idle' && before === 'confirm') withdrawButtonRef.current?.focus();
    else if (withdrawal === 'done') doneRef.current?.focus();
  }, [withdrawal]);

  async function withdraw() {
    if (!token || withdrawal === 'busy') return;
    setWithdrawal('busy');
    setWithdrawError(null);
    const answer = await callApi<{ id: string; status: 'withdrawn' }>('DELETE', '/api/initiatives/manage', { token });
    // 410: an earlier attempt got through (its answer was lost); the outcome is the same.
    if (answer.ok || answer.status === 410) {
      setWithdrawal('done');
      return;
    }
    if (answer.status === 409) {
      await load(token);
      setWithdrawError(tr('manage.withdrawConflict'));
    } else {
      setWithdrawError(problemText(lang, answer, MANAGE_PROBLEMS));
    }
    setWithdrawal('confirm');
  }

  async function save(data: InitiativeInput) {
    if (!token || !entry) return;
    const { consent: _consent, ...fields } = data;
    // The form holds the whole entry: an optional field left empty is cleared.
    const cleared = Object.fromEntries(clearableFields.filter((f) => !(f in fields)).map((f) => [f, null]));
    const answer = await callApi<ManagedInitiative>('PATCH', '/api/initiatives/manage', { token, version: entry.version, ...fields, ...cleared });
    if (answer.ok) {
      setEntry(answer.body);
      setSaved(tr('manage.saved'));
      return;
    }
    if (answer.status === 409) {
      await load(token);
      return { formError: tr('manage.conflict') };
    }
    return formProblem(lang, answer, MANAGE_PROBLEMS);
  }

  if (withdrawal === 'done') {
    return (
      <div ref={doneRef} tabIndex={-1} className="utrecht-alert utrecht-alert--ok manage-withdrawn" role="status">
        <p className="utrecht-paragraph">{tr('manage.withdrawn')}</p>
      </div>
    );
  }
  if (problem) return <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{problem}</p></div>;
  if (!entry) return <p className="utrecht-paragraph" role="status">{tr('manage.loading')}</p>;
  return (
    <div>
      {saved && <div ref={savedRef} tabIndex={-1} className="utrecht-alert utrecht-alert--ok" role="status"><p className="utrecht-paragraph">{saved}</p></div>}
      <dl className="facts">
        <dt>{tr('manage.status')}</dt>
        <dd data-status={entry.status}>{tr(`manage.status.${entry.status}` as UiKey)}</dd>
        {entry.rejectionReason && <><dt>{tr('manage.reason')}</dt><dd className="pre-line">{entry.rejectionReason}</dd></>}
      </dl>
      <h2 className="utrecht-heading-2">{tr('manage.edit')}</h2>
      <p className="utrecht-paragraph">{tr('manage.editIntro')}</p>
      <InitiativeForm key={formKey} lang={lang} values={[...initiativeToPairs(entry.initiative), ['consent', 'true']]} onValidSubmit={save} submitLabel={tr('manage.save')} />
      <section className="manage-withdraw" aria-labelledby="withdraw-title">
        <h2 className="utrecht-heading-2" id="withdraw-title">{tr('manage.withdraw')}</h2>
        <p className="utrecht-paragraph">{tr('manage.withdrawIntro')}</p>
        {withdrawal === 'idle' ? (
          <button ref={withdrawButtonRef} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setWithdrawal('confirm')}>
            {tr('manage.withdraw')}
          </button>
        ) : (
          <div className="utrecht-alert utrecht-alert--warning manage-withdraw__confirm">
            <div className="utrecht-alert__content">
              <h3 className="utrecht-heading-3" id="withdraw-confirm-title" ref={confirmTitleRef} tabIndex={-1}>{tr('manage.withdrawConfirmTitle')}</h3>
              <p className="utrecht-paragraph" id="withdraw-confirm-text">{tr('manage.withdrawConfirm')}</p>
              {withdrawError && <p className="utrecht-form-field-error-message" role="alert">{withdrawError}</p>}
              <div className="manage-withdraw__actions">
                <button type="button" className="utrecht-button utrecht-button--primary-action" aria-describedby="withdraw-confirm-text"
                  aria-disabled={withdrawal === 'busy' ? true : undefined} onClick={() => void withdraw()}>
                  {withdrawal === 'busy' ? tr('manage.withdrawing') : tr('manage.withdrawYes')}
                </button>
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setWithdrawError(null); setWithdrawal('idle'); }}
                  disabled={withdrawal === 'busy'}>
                  {tr('manage.withdrawCancel')}
                </button>
              </div>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
