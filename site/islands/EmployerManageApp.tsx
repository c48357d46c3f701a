/**
 * The manage page of an employer's entry in the register (`/werkgevers/beheren/#token=…`). The
 * token comes from the link in the mail, in the URL fragment, so it never reaches a server log.
 * The page shows the status (and why an entry is hidden), takes changes through the shared form
 * (`PATCH` with the version it loaded: a stale version answers 409, nothing is overwritten, and the
 * page loads the newest data and says so), lets the employer leave after an in-page confirmation,
 * and — without a working link — asks for a new one by KvK number and e-mail address.
 */
import { useEffect, useRef, useState } from 'react';
import { clearableEmployerFields, type EmployerData, type ManagedEmployer } from '../../functions/contracts/employer.ts';
import { employerToPairs } from '../../functions/contracts/employer-form.ts';
import EmployerForm, { type SendProblems } from '../../ui/employer-form.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { formatDate } from '../lib/format.ts';
import { callApi, formProblem, problemText } from './api-client.ts';
import EmployerLostLink from './EmployerLostLink.tsx';
import LeaveSection from './LeaveSection.tsx';

/** This page's own words for the API's error codes it can explain. */
const MANAGE_PROBLEMS: Partial<Record<string, UiKey>> = { not_found: 'employerManage.notFound', gone: 'employerManage.gone' };

/** The manage island. */
export default function EmployerManageApp({ lang }: { lang: Lang }) {
  const tr = (key: UiKey) => t(lang, key);
  const [token, setToken] = useState<string | null>(null);
  const [entry, setEntry] = useState<ManagedEmployer | null>(null);
  const [problem, setProblem] = useState<{ text: string; lostLink: boolean } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warning'; text: string } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [left, setLeft] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const date = (iso: string | undefined) => (iso ? formatDate(new Date(iso), lang) : '');

  async function load(tok: string): Promise<boolean> {
    const answer = await callApi<ManagedEmployer>('POST', '/api/employers/manage', { token: tok });
    if (answer.ok) {
      setEntry(answer.body);
      setFormKey((k) => k + 1);
      return true;
    }
    if (answer.status === 0) setProblem({ text: tr('form.failed'), lostLink: false });
    else if (answer.status === 410) setProblem({ text: tr('employerManage.gone'), lostLink: false });
    else setProblem({ text: tr('employerManage.notFound'), lostLink: true });
    return false;
  }

  useEffect(() => {
    const tok = new URLSearchParams(location.hash.slice(1)).get('token');
    if (!tok) return setProblem({ text: tr('employerManage.noToken'), lostLink: true });
    setToken(tok);
    void load(tok);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (left) doneRef.current?.focus();
  }, [left]);

  async function save(data: EmployerData): Promise<SendProblems> {
    if (!token || !entry) return;
    // The KvK number is the claim on the register and stays; the form holds the whole entry, so
    // an optional field left empty is cleared.
    const { kvk: _kvk, ...fields } = data;
    const cleared = Object.fromEntries(clearableEmployerFields.filter((f) => !(f in fields)).map((f) => [f, null]));
    const answer = await callApi<ManagedEmployer>('PATCH', '/api/employers/manage', { token, version: entry.version, ...fields, ...cleared });
    if (answer.ok) {
      setEntry(answer.body);
      setNotice({ kind: 'ok', text: tr('employerManage.saved') });
      return;
    }
    if (answer.status === 409) {
      // Someone else changed it first: nothing of this form was written. Show the newest data.
      if (await load(token)) setNotice({ kind: 'warning', text: tr('employerManage.conflict') });
      return;
    }
    return formProblem(lang, answer, MANAGE_PROBLEMS);
  }

  /** Leaving the register, asked for in `LeaveSection`: `null` when done, else what to tell. */
  async function leave(): Promise<string | null> {
    if (!token) return null;
    const answer = await callApi<{ id: string; status: 'withdrawn' }>('DELETE', '/api/employers/manage', { token });
    // 410: an earlier attempt got through (its answer was lost); the outcome is the same.
    if (answer.ok || answer.status === 410) {
      history.replaceState(null, '', location.pathname);
      setLeft(true);
      return null;
    }
    if (answer.status === 409) {
      await load(token);
      return tr('employerManage.leaveConflict');
    }
    return problemText(lang, answer, MANAGE_PROBLEMS);
  }

  if (left) {
    return (
      <div ref={doneRef} tabIndex={-1} className="utrecht-alert utrecht-alert--ok manage-withdrawn" role="status">
        <p className="utrecht-paragraph">{tr('employerManage.left')}</p>
      </div>
    );
  }
  if (problem) {
    return (
      <div>
        <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{problem.text}</p></div>
        {problem.lostLink && <EmployerLostLink lang={lang} />}
      </div>
    );
  }
  if (!entry) return <p className="utrecht-paragraph" role="status">{tr('employerManage.loading')}</p>;
  return (
    <div>
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={`utrecht-alert utrecht-alert--${notice.kind} manage-notice`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
          <p className="utrecht-paragraph">{notice.text}</p>
        </div>
      )}
      <h2 className="utrecht-heading-2">{entry.employer.name}</h2>
      <dl className="facts">
        <dt>{tr('employerManage.status')}</dt>
        <dd data-status={entry.status}>{tr(`employerManage.status.${entry.status}` as UiKey)}</dd>
        {entry.hidden?.kind === 'moderator' && <><dt>{tr('employerManage.hiddenModerator')}</dt><dd className="pre-line">{entry.hidden.reason ?? ''}</dd></>}
        {entry.hidden?.kind === 'stale' && <><dt>{tr('moderation.employers.hiddenWhy')}</dt><dd>{tr('employerManage.hiddenStale')}</dd></>}
        {entry.verifiedAt && <><dt>{tr('employers.verifiedAt')}</dt><dd>{date(entry.verifiedAt)}</dd></>}
        {entry.confirmedAt && <><dt>{tr('employerManage.confirmedAt')}</dt><dd>{date(entry.confirmedAt)}</dd></>}
      </dl>
      <h2 className="utrecht-heading-2">{tr('employerManage.edit')}</h2>
      <p className="utrecht-paragraph">{tr('employerManage.editIntro')}</p>
      <EmployerForm key={formKey} lang={lang} mode="manage" values={employerToPairs(entry.employer)} onValidSubmit={save} submitLabel={tr('employerManage.save')} />
      <LeaveSection id="leave" leave={leave} words={{
        title: tr('employerManage.leave'), intro: tr('employerManage.leaveIntro'), confirmTitle: tr('employerManage.leaveConfirmTitle'),
        confirm: tr('employerManage.leaveConfirm'), yes: tr('employerManage.leaveYes'), busy: tr('employerManage.leaving'), cancel: tr('employerManage.leaveCancel'),
      }} />
    </div>
  );
}
