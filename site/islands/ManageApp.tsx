/**
 * The manage page of a submission: the token comes from the link in the mail (in the URL
 * fragment, so it never reaches a server log), the page shows the status and the editors' reason,
 * and lets the submitter correct the entry, which sends it back for review.
 */
import { useEffect, useRef, useState } from 'react';
import { clearableFields, type InitiativeInput, type ManagedInitiative } from '../../functions/contracts/initiative.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { callApi } from './api-client.ts';
import InitiativeForm, { initiativeToPairs } from './initiative-form.ts';

/** The manage island. */
export default function ManageApp({ lang }: { lang: Lang }) {
  const tr = (key: UiKey) => t(lang, key);
  const [token, setToken] = useState<string | null>(null);
  const [entry, setEntry] = useState<ManagedInitiative | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);

  async function load(tok: string) {
    const answer = await callApi<ManagedInitiative>('POST', '/api/initiatives/manage', { token: tok });
    if (answer.ok) {
      setEntry(answer.body);
      setFormKey((k) => k + 1);
    } else {
      setProblem(answer.status === 0 ? tr('form.failed') : tr('manage.notFound'));
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
    return { errors: answer.fields, formError: Object.keys(answer.fields).length ? undefined : answer.message || tr('form.failed') };
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
    </div>
  );
}
