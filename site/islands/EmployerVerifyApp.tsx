/**
 * The confirmation page with JavaScript: reads the token from the URL fragment (`#token=…` for a
 * new registration, `#confirm=…` for the yearly question), and on a click of its button posts it
 * to `POST /api/employers/verify` or `/confirm`. A button rather than a request on load: mail
 * scanners that open links (and run their scripts) must not answer the yearly question for the
 * employer. After an answer the fragment leaves the address bar, so the token is not kept in the
 * browser's history. A used or expired link (410) changes nothing and says so.
 */
import { useEffect, useRef, useState } from 'react';
import { tokenOfLink, verifyOutcomeView, verifyWords, type VerifyKind, type VerifyOutcome } from '../../ui/employer-verify.ts';
import type { Lang } from '../i18n/locales.ts';
import { callApi } from './api-client.ts';

/** The confirmation island. */
export default function EmployerVerifyApp({ lang }: { lang: Lang }) {
  const w = verifyWords(lang);
  const [link, setLink] = useState<{ kind: VerifyKind; token: string } | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setLink(tokenOfLink(location.hash) ?? null);
  }, []);
  useEffect(() => {
    if (outcome) outcomeRef.current?.querySelector<HTMLElement>('#verify-outcome')?.focus();
  }, [outcome]);

  async function confirm() {
    if (!link || busy) return;
    setBusy(true);
    const answer = await callApi<{ status: 'verified' | 'hidden' }>('POST', `/api/employers/${link.kind}`, { token: link.token });
    setBusy(false);
    const result: VerifyOutcome = answer.ok
      ? link.kind === 'verify'
        ? 'verified'
        : answer.body.status === 'hidden'
          ? 'confirmed-hidden'
          : 'confirmed'
      : answer.status === 410
        ? 'gone'
        : answer.status === 404
          ? 'not-found'
          : answer.status === 409
            ? 'taken'
            : 'failed';
    if (result !== 'failed') history.replaceState(null, '', location.pathname);
    setOutcome(result);
  }

  if (link === undefined) return null;
  if (link === null && !outcome) {
    return <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{w.noToken}</p></div>;
  }
  if (outcome && outcome !== 'failed') return <div ref={outcomeRef}>{verifyOutcomeView(lang, outcome)}</div>;
  return (
    <div ref={outcomeRef}>
      {outcome === 'failed' && verifyOutcomeView(lang, outcome)}
      <p className="utrecht-paragraph lead">{link?.kind === 'confirm' ? w.confirmLead : w.lead}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined} onClick={() => void confirm()}>
        {busy ? w.busy : link?.kind === 'confirm' ? w.confirmButton : w.button}
      </button>
    </div>
  );
}
