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
import LeaveSection from './LeaveSection.tsx';

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
  const [withdrawn, setWithdrawn] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

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

  useEffect(() => {
    if (withdrawn) doneRef.current?.focus();
  }, [withdrawn]);

  /** The withdrawal asked for in `LeaveSection`: `null` when done, else what to tell. */
  async function withdraw(): Promise<string | null> {
    if (!token) return null;
    const answer = await callApi<{ id: string; status: 'withdrawn' }>('DELETE', '/api/initiatives/manage', { token });
    // 410: an earlier attempt got through (its answer was lost); the outcome is the same.
    if (answer.ok || answer.status === 410) {
      setWithdrawn(true);
      return null;
    }
    if (answer.status === 409) {
      await load(token);
      return tr('manage.withdrawConflict');
    }
    return problemText(lang, answer, MANAGE_PROBLEMS);
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

  if (withdrawn) {
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
      <LeaveSection id="withdraw" leave={withdraw} words={{
        title: tr('manage.withdraw'), intro: tr('manage.withdrawIntro'), confirmTitle: tr('manage.withdrawConfirmTitle'), confirm: tr('manage.withdrawConfirm'),
        yes: tr('manage.withdrawYes'), busy: tr('manage.withdrawing'), cancel: tr('manage.withdrawCancel'),
      }} />
    </div>
  );
}
