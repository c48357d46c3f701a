/**
 * Moderation of the employer register, inside the moderation page (`ModerationApp.tsx`, which
 * holds the sign-in): the registrations per status, one in full with its contact and audit trail,
 * and hiding (with a reason the employer gets by mail) or restoring (with an optional note).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminEmployer, EmployerAuditEntry, EmployerStatus } from '../../functions/contracts/employer.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { languageLevelLabels, offerLabels } from '../lib/employer-labels.ts';
import { regionLabels, sectorLabels } from '../lib/labels.ts';
import { callApi } from './api-client.ts';
import { HistoryTable, momentIn, QueueList, queuePath, ReasonField, useQueue, type QueuePage } from './ModerationParts.tsx';

const STATUSES: EmployerStatus[] = ['verified', 'unverified', 'hidden', 'withdrawn'];
type Detail = AdminEmployer & { history: EmployerAuditEntry[] };

/** The employer part of the moderation page; `onUnauthorized` signs out. */
export default function EmployerModeration({ lang, token, onUnauthorized }: { lang: Lang; token: string; onUnauthorized: () => void }) {
  const tr = (key: UiKey) => t(lang, key);
  const [status, setStatus] = useState<EmployerStatus>('verified');
  const { items, cursor, fetchInto } = useQueue<AdminEmployer>();
  const [selected, setSelected] = useState<Detail | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const auth = { authorization: `Bearer ${token}` };
  const fmt = momentIn(lang);

  const load = useCallback(
    (which: EmployerStatus, after?: string) =>
      fetchInto(async () => {
        const answer = await callApi<QueuePage<AdminEmployer>>('GET', queuePath('/api/admin/employers', which, after), undefined, auth);
        if (answer.ok) return answer.body;
        if (answer.status === 401) onUnauthorized();
        else setNotice({ kind: 'error', text: tr('moderation.failed') });
        return null;
      }, after !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, token],
  );

  useEffect(() => {
    void load('verified');
  }, [load]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function open(id: string) {
    const answer = await callApi<Detail>('GET', `/api/admin/employers/${encodeURIComponent(id)}`, undefined, auth);
    if (!answer.ok) return setNotice({ kind: 'error', text: tr('moderation.failed') });
    setSelected(answer.body);
    setReason('');
    setReasonError('');
    setNotice(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function decide(action: 'hide' | 'restore') {
    if (!selected) return;
    const body = action === 'hide' || reason.trim() !== '' ? { reason } : {};
    const answer = await callApi('POST', `/api/admin/employers/${selected.id}/${action}`, body, auth);
    if (answer.ok) {
      await open(selected.id);
      setNotice({ kind: 'ok', text: tr(action === 'hide' ? 'moderation.employers.hidden' : 'moderation.employers.restored') });
      return;
    }
    if (answer.status === 409) {
      await open(selected.id);
      setNotice({ kind: 'error', text: tr('moderation.employers.conflict') });
    } else if (answer.fields.reason) {
      setReasonError(answer.fields.reason);
    } else {
      setNotice({ kind: 'error', text: answer.message || tr('moderation.failed') });
    }
  }

  const noticeBox = notice && (
    <div ref={noticeRef} tabIndex={-1} className={`utrecht-alert utrecht-alert--${notice.kind === 'ok' ? 'ok' : 'error'} moderation-notice`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
      <p className="utrecht-paragraph">{notice.text}</p>
    </div>
  );

  if (selected) {
    const e = selected.employer;
    const canHide = selected.status === 'verified';
    const canRestore = selected.status === 'hidden';
    return (
      <div className="moderation-detail">
        <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setSelected(null); void load(status); }}>{tr('moderation.back')}</button></p>
        {noticeBox}
        <h2 className="utrecht-heading-2" ref={headingRef} tabIndex={-1}>{e.name}</h2>
        <dl className="facts">
          <dt>{tr('manage.status')}</dt><dd data-status={selected.status}>{tr(`moderation.employers.tab.${selected.status}` as UiKey)}</dd>
          {selected.hidden && (
            <><dt>{tr('moderation.employers.hiddenWhy')}</dt><dd className="pre-line">{selected.hidden.kind === 'stale' ? tr('moderation.employers.hiddenStale') : `${selected.hidden.by}: ${selected.hidden.reason ?? ''}`}</dd></>
          )}
          <dt>{tr('employers.kvk')}</dt><dd>{e.kvk}</dd>
          <dt>{tr('employers.offers')}</dt><dd>{offerLabels(e.offers, lang).join(', ')}</dd>
          <dt>{tr('facts.sectors')}</dt><dd>{sectorLabels(e.sectors, lang).join(', ')}</dd>
          <dt>{tr('facts.regions')}</dt><dd>{regionLabels(e.regions, lang).join(', ')}</dd>
          <dt>{tr('employers.languageLevel')}</dt><dd>{languageLevelLabels([e.languageLevel], lang).join('')}</dd>
          {e.description && <><dt>{tr('employers.ownWords')}</dt><dd className="pre-line">{e.description}</dd></>}
          {e.website && <><dt>{tr('form.field.website')}</dt><dd>{e.website}</dd></>}
          <dt>{tr('moderation.contact')}</dt>
          <dd>{e.contact ? [e.contact.name, e.contact.email, e.contact.phone].filter(Boolean).join(', ') : tr('moderation.employers.contactErased')}</dd>
          <dt>{tr('moderation.received')}</dt><dd>{fmt(selected.createdAt)}</dd>
          {selected.confirmedAt && <><dt>{tr('employers.confirmedAt')}</dt><dd>{fmt(selected.confirmedAt)}</dd></>}
        </dl>
        {(canHide || canRestore) && (
          <div className="moderation-actions">
            <ReasonField id="employer-reason" label={tr(canHide ? 'moderation.employers.hideReason' : 'moderation.employers.restoreReason')}
              value={reason} error={reasonError} onChange={setReason} />
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void decide(canHide ? 'hide' : 'restore')}>
              {tr(canHide ? 'moderation.employers.hide' : 'moderation.employers.restore')}
            </button>
          </div>
        )}
        <HistoryTable lang={lang} history={selected.history} withAction />
      </div>
    );
  }

  return (
    <div className="moderation-queue">
      {noticeBox}
      <h2 className="utrecht-heading-2">{tr('moderation.employers.queue')}</h2>
      <div className="moderation-tabs" role="group" aria-label={tr('moderation.employers.queue')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={s === status} className={`utrecht-button ${s === status ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
            onClick={() => { setStatus(s); void load(s); }}>{tr(`moderation.employers.tab.${s}` as UiKey)}</button>
        ))}
      </div>
      <QueueList lang={lang} items={items} empty={tr('moderation.employers.empty')}>
        {(item) => (
          <li key={item.id} className="card">
            <h3 className="card__title">{item.employer.name}</h3>
            <p className="card__meta">KvK {item.employer.kvk} · {tr('moderation.employers.changed')}: {fmt(item.statusChangedAt)}</p>
            <p><button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void open(item.id)}
              aria-label={`${tr('moderation.open')}: ${item.employer.name}`}>{tr('moderation.open')}</button></p>
          </li>
        )}
      </QueueList>
      {cursor && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void load(status, cursor)}>{tr('moderation.more')}</button>}
    </div>
  );
}
