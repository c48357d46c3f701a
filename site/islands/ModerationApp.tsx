/**
 * The moderation pages: sign in, the queue per status, a submission in full with its audit
 * history, approve, reject with a reason. Locally a moderator signs in with a token; on AWS, where
 * the build knows the hosted login (`login`), through Cognito with PKCE (`hosted-login.ts`). Either
 * way the token stays in this tab's sessionStorage and goes to the API as a Bearer token; nothing
 * is cached elsewhere.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { AdminSubmission, AuditEntry, SubmissionStatus } from '../../functions/contracts/initiative.ts';
import { labelOf, regions, sectors } from '../../functions/contracts/taxonomy.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import type { ModeratorLogin } from '../../functions/contracts/moderator-login.ts';
import { callApi } from './api-client.ts';
import { finishLogin, logoutUrl, redirectUriOf, startLogin } from './hosted-login.ts';
import { HistoryTable, momentIn, QueueList, queuePath, ReasonField, useQueue, type QueuePage } from './ModerationParts.tsx';
import EmployerModeration from './EmployerModeration.tsx';

const TOKEN_KEY = 'werkpad.moderator';
const STATUSES: SubmissionStatus[] = ['pending', 'published', 'rejected', 'withdrawn'];
type Detail = AdminSubmission & { history: AuditEntry[] };

/** The moderation island. */
export default function ModerationApp({ lang, login }: { lang: Lang; login?: ModeratorLogin | undefined }) {
  const tr = (key: UiKey) => t(lang, key);
  const [token, setToken] = useState<string | null>(null);
  const [status, setStatus] = useState<SubmissionStatus>('pending');
  // Which register is being moderated: initiative submissions or employer registrations.
  const [section, setSection] = useState<'initiatives' | 'employers'>('initiatives');
  const { items, cursor, fetchInto, clear } = useQueue<AdminSubmission>();
  const [selected, setSelected] = useState<Detail | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [signInError, setSignInError] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const auth = useCallback((tok: string) => ({ authorization: `Bearer ${tok}` }), []);
  const fmt = momentIn(lang);

  const load = useCallback(
    (tok: string, which: SubmissionStatus, after?: string) =>
      fetchInto(async () => {
        const answer = await callApi<QueuePage<AdminSubmission>>('GET', queuePath('/api/admin/submissions', which, after), undefined, auth(tok));
        if (answer.ok) return answer.body;
        if (answer.status === 401) signOut();
        else setNotice({ kind: 'error', text: tr('moderation.failed') });
        return null;
      }, after !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang],
  );

  useEffect(() => {
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) {
      setToken(saved);
      void load(saved, 'pending');
      return;
    }
    if (!login) return;
    // Back from the hosted login: trade the code for a token, and drop code and state from the address.
    void finishLogin(login, redirectUriOf(location), location.search, sessionStorage).then((done) => {
      if (!done) return;
      history.replaceState(null, '', redirectUriOf(location));
      if ('problem' in done) return setSignInError(tr(`moderation.hosted.${done.problem}`));
      void accept(done.token);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  /** Forgets the token in this tab: when it expired (a 401), or on the moderator's own request. */
  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    clear();
    setSelected(null);
  }

  /** The sign-out button: also ends the hosted login's session, or the next sign-in would skip the password. */
  function signOutEverywhere() {
    signOut();
    if (login) location.assign(logoutUrl(login, redirectUriOf(location)));
  }

  /** Checks a token against the API and, when it may moderate, keeps it for this tab. */
  async function accept(value: string) {
    const answer = await callApi('GET', '/api/admin/submissions?limit=1', undefined, auth(value));
    if (!answer.ok) {
      const refused = answer.status === 401 || answer.status === 403;
      setSignInError(refused ? tr(login ? 'moderation.hosted.forbidden' : 'moderation.badToken') : tr('moderation.failed'));
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, value);
    setSignInError('');
    setToken(value);
    await load(value, status);
  }

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login) {
      location.assign(await startLogin(login, redirectUriOf(location), sessionStorage));
      return;
    }
    await accept(String(new FormData(event.currentTarget).get('token') ?? '').trim());
  }

  async function open(id: string) {
    const answer = await callApi<Detail>('GET', `/api/admin/submissions/${encodeURIComponent(id)}`, undefined, auth(token!));
    if (!answer.ok) return setNotice({ kind: 'error', text: tr('moderation.failed') });
    setSelected(answer.body);
    setReason('');
    setReasonError('');
    setNotice(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function decide(action: 'approve' | 'reject') {
    if (!selected || !token) return;
    const answer = await callApi('POST', `/api/admin/submissions/${selected.id}/${action}`, action === 'reject' ? { reason } : undefined, auth(token));
    if (answer.ok) {
      // Announce the decision once, with the reloaded history on screen (open() clears the notice).
      await open(selected.id);
      setNotice({ kind: 'ok', text: tr(action === 'approve' ? 'moderation.approved' : 'moderation.rejected') });
      return;
    }
    if (answer.status === 409) {
      await open(selected.id);
      setNotice({ kind: 'error', text: tr('moderation.conflict') });
    } else if (answer.fields.reason) {
      setReasonError(answer.fields.reason);
    } else {
      setNotice({ kind: 'error', text: answer.message || tr('moderation.failed') });
    }
  }

  if (!token && login) {
    return (
      <form className="moderation-signin" onSubmit={signIn} noValidate>
        <h2 className="utrecht-heading-2">{tr('moderation.signIn')}</h2>
        <p className="utrecht-paragraph">{tr('moderation.hosted.intro')}</p>
        {signInError && <p className="utrecht-alert utrecht-alert--error" role="alert">{signInError}</p>}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">{tr('moderation.hosted.signIn')}</button>
      </form>
    );
  }

  if (!token) {
    return (
      <form className="moderation-signin" onSubmit={signIn} noValidate>
        <h2 className="utrecht-heading-2">{tr('moderation.signIn')}</h2>
        <div className={`utrecht-form-field${signInError ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor="moderator-token">{tr('moderation.token')}</label>
          <p className="utrecht-form-field-description" id="moderator-token-hint">{tr('moderation.tokenHint')}</p>
          {signInError && <p className="utrecht-form-field-error-message" id="moderator-token-error" role="alert">{signInError}</p>}
          <input className="utrecht-textbox utrecht-textbox--html-input" type="password" id="moderator-token" name="token" autoComplete="current-password"
            aria-describedby={`moderator-token-hint${signInError ? ' moderator-token-error' : ''}`} aria-invalid={signInError ? true : undefined} />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">{tr('moderation.signIn')}</button>
      </form>
    );
  }

  const noticeBox = notice && (
    <div ref={noticeRef} tabIndex={-1} className={`utrecht-alert utrecht-alert--${notice.kind === 'ok' ? 'ok' : 'error'} moderation-notice`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
      <p className="utrecht-paragraph">{notice.text}</p>
    </div>
  );

  const sections = (
    <div className="moderation-tabs" role="group" aria-label={tr('moderation.section')}>
      {(['initiatives', 'employers'] as const).map((s) => (
        <button key={s} type="button" aria-pressed={s === section} className={`utrecht-button ${s === section ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
          onClick={() => { setSection(s); setSelected(null); setNotice(null); }}>{tr(`moderation.section.${s}`)}</button>
      ))}
    </div>
  );

  if (section === 'employers') {
    return (
      <div className="moderation-employers">
        <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={signOutEverywhere}>{tr('moderation.signOut')}</button></p>
        {sections}
        <EmployerModeration lang={lang} token={token} onUnauthorized={signOut} />
      </div>
    );
  }

  if (selected) {
    const s = selected.initiative;
    return (
      <div className="moderation-detail">
        <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setSelected(null); void load(token, status); }}>{tr('moderation.back')}</button></p>
        {noticeBox}
        <h2 className="utrecht-heading-2" ref={headingRef} tabIndex={-1}>{s.title}</h2>
        <dl className="facts">
          <dt>{tr('manage.status')}</dt><dd>{tr(`moderation.tab.${selected.status}` as UiKey)}</dd>
          <dt>{tr('facts.organisations')}</dt><dd>{s.organisation}</dd>
          <dt>{tr('summary.label')}</dt><dd>{s.summary}</dd>
          <dt>{tr('facts.regions')}</dt><dd>{s.regions.map((r) => labelOf(regions, r, lang === 'en' ? 'en' : 'nl')).join(', ')}</dd>
          <dt>{tr('facts.sectors')}</dt><dd>{s.sectors.map((r) => labelOf(sectors, r, lang === 'en' ? 'en' : 'nl')).join(', ')}</dd>
          {s.description && <><dt>{tr('form.field.description')}</dt><dd className="pre-line">{s.description}</dd></>}
          {s.results && <><dt>{tr('form.field.results')}</dt><dd className="pre-line">{s.results}</dd></>}
          {s.website && <><dt>{tr('form.field.website')}</dt><dd>{s.website}</dd></>}
          <dt>{tr('moderation.contact')}</dt><dd>{s.contact ? `${s.contact.name}, ${s.contact.email}` : tr('moderation.contactErased')}</dd>
          <dt>{tr('moderation.received')}</dt><dd>{fmt(selected.createdAt)}</dd>
        </dl>
        {selected.status === 'pending' && (
          <div className="moderation-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void decide('approve')}>{tr('moderation.approve')}</button>
            <ReasonField id="reject-reason" label={tr('moderation.reason')} value={reason} error={reasonError} onChange={setReason} />
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void decide('reject')}>{tr('moderation.reject')}</button>
          </div>
        )}
        <HistoryTable lang={lang} history={selected.history} />
      </div>
    );
  }

  return (
    <div className="moderation-queue">
      <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={signOutEverywhere}>{tr('moderation.signOut')}</button></p>
      {sections}
      {noticeBox}
      <h2 className="utrecht-heading-2">{tr('moderation.queue')}</h2>
      <div className="moderation-tabs" role="group" aria-label={tr('moderation.queue')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={s === status} className={`utrecht-button ${s === status ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
            onClick={() => { setStatus(s); void load(token, s); }}>{tr(`moderation.tab.${s}` as UiKey)}</button>
        ))}
      </div>
      <QueueList lang={lang} items={items} empty={tr('moderation.empty')}>
        {(item) => (
          <li key={item.id} className="card">
            <h3 className="card__title">{item.initiative.title}</h3>
            <p className="card__meta">{item.initiative.organisation} · {tr('moderation.received')}: {fmt(item.createdAt)}</p>
            <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void open(item.id)}
              aria-label={`${tr('moderation.open')}: ${item.initiative.title}`}>{tr('moderation.open')}</button></p>
          </li>
        )}
      </QueueList>
      {cursor && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void load(token, status, cursor)}>{tr('moderation.more')}</button>}
    </div>
  );
}
