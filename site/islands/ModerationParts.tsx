/**
 * Parts both moderation views show (initiatives and the employer register): the queue of one
 * status, the reason field of a decision and the history table of an entry's audit trail.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

/** One page of a moderation queue as the admin API answers it. */
export type QueuePage<T> = { items: T[]; nextCursor: string | null };

/** The admin API's address of one page of a queue: `base` (a list route) for `status`, after `cursor`. */
export function queuePath(base: string, status: string, cursor?: string): string {
  return `${base}?${new URLSearchParams({ status, limit: '20', ...(cursor ? { cursor } : {}) })}`;
}

/**
 * The items of one queue, page by page. Switching status empties the list at once (null: loading),
 * so nothing of the previous status stays on screen under the new tab, and only the answer to
 * the latest request is shown: a slow answer for a tab the moderator already left is dropped.
 */
export function useQueue<T>() {
  const [items, setItems] = useState<T[] | null>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const latest = useRef(0);
  /** Loads a page with `fetchPage` (null when the call failed) into the list, or in its place. */
  const fetchInto = useCallback(async (fetchPage: () => Promise<QueuePage<T> | null>, append: boolean) => {
    const ticket = ++latest.current;
    if (!append) setItems(null);
    const page = await fetchPage();
    if (ticket !== latest.current) return;
    if (!page) return setItems((current) => current ?? []);
    setItems((current) => (append ? [...(current ?? []), ...page.items] : page.items));
    setCursor(page.nextCursor);
  }, []);
  const clear = useCallback(() => {
    latest.current += 1;
    setItems([]);
    setCursor(null);
  }, []);
  return { items, cursor, fetchInto, clear };
}

/** The list of a queue: 'loading' while a status loads (aria-busy), the empty text, or the cards. */
export function QueueList<T>({ lang, items, empty, children }: { lang: Lang; items: T[] | null; empty: string; children: (item: T) => ReactNode }) {
  if (items === null) return <p className="utrecht-paragraph" aria-busy="true">{t(lang, 'moderation.loading')}</p>;
  if (items.length === 0) return <p className="utrecht-paragraph">{empty}</p>;
  return <ul className="moderation-list">{items.map(children)}</ul>;
}

/** A moment in the moderator's language: date and time. */
export const momentIn = (lang: Lang) => (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The reason of a decision, with its error message when it is missing. */
export function ReasonField({ id, label, value, error, onChange }: { id: string; label: string; value: string; error: string | null; onChange: (value: string) => void }) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {error && <p className="utrecht-form-field-error-message" id={`${id}-error`}>{error}</p>}
      <textarea className="utrecht-textarea utrecht-textarea--html-textarea" id={id} rows={3} value={value}
        onChange={(ev) => onChange(ev.target.value)} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined} />
    </div>
  );
}

/** One audit entry as the table shows it; `action` only where the trail records one (the register). */
export type HistoryRow = { version: number; at: string; who: string; from: string | null; to: string; reason?: string | null | undefined; action?: string | undefined };

/** The audit trail of an entry, oldest first. */
export function HistoryTable({ lang, history, withAction = false }: { lang: Lang; history: readonly HistoryRow[]; withAction?: boolean }) {
  const tr = (key: UiKey) => t(lang, key);
  const fmt = momentIn(lang);
  const headers: UiKey[] = ['moderation.history.when', 'moderation.history.who', ...(withAction ? (['moderation.history.action'] as const) : []), 'moderation.history.change', 'moderation.history.reason'];
  return (
    <>
      <h3 className="utrecht-heading-3">{tr('moderation.history')}</h3>
      <div className="table-scroll">
        <table className="utrecht-table history-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {headers.map((key) => <th className="utrecht-table__header-cell" scope="col" key={key}>{tr(key)}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {history.map((h) => (
              <tr className="utrecht-table__row" key={h.version}>
                <td className="utrecht-table__cell">{fmt(h.at)}</td>
                <td className="utrecht-table__cell">{h.who}</td>
                {withAction && <td className="utrecht-table__cell">{tr(`moderation.action.${h.action}` as UiKey)}</td>}
                <td className="utrecht-table__cell">{h.from ? `${h.from} → ${h.to}` : h.to}</td>
                <td className="utrecht-table__cell">{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
