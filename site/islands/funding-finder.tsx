/**
 * The funding finder on one screen: who you are, what you want to fund and (optionally) the
 * target group, with the fitting schemes updating as you choose. The status of each scheme is
 * computed here from its windows for today. The choice lives in the URL query
 * (`?wie=gemeente&wat=loonkosten&doelgroep=statushouders`) so it can be shared and survives a
 * reload.
 *
 * Server output (and the first render in the browser) is step 1 of the static finder: links to
 * the step pages. That is what a reader without JavaScript uses; once hydrated, the form takes
 * its place.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  findSchemes,
  parseFinderApplicant,
  parseFinderPurpose,
  type FinderApplicant,
  type FinderPurpose,
  type FinderScheme,
} from '../../functions/domain/funding-finder.ts';
import { countSentence, fill, reasonsIn, type FinderText } from '../lib/finder-text.ts';
import { readerToday } from '../scripts/scheme-status.ts';
import { FinderResults, type FinderResultView } from './finder-results.tsx';

/** A scheme as the island receives it: plain JSON, windows as `YYYY-MM-DD`. */
export interface IslandScheme extends Omit<FinderScheme, 'windows'> {
  href: string;
  nameLang?: string | undefined;
  windows: { opens: string | null; closes: string | null }[];
}

/** An answer to step 1 or 2, with its step page. */
export interface FinderChoice<T extends string> {
  id: T;
  label: string;
  href: string;
}

interface Props {
  lang: string;
  text: FinderText;
  schemes: IslandScheme[];
  applicants: FinderChoice<FinderApplicant>[];
  purposes: { id: FinderPurpose; label: string }[];
  targetGroups: { id: string; label: string }[];
  /** "Stap 1 van 3", shown above the static step. */
  stepLabel: string;
}

interface Choice {
  wie?: FinderApplicant | undefined;
  wat?: FinderPurpose | undefined;
  doelgroep?: string | undefined;
}

function readChoice(search: string, targetGroups: readonly { id: string }[]): Choice {
  const params = new URLSearchParams(search);
  const doelgroep = params.get('doelgroep') ?? undefined;
  return {
    wie: parseFinderApplicant(params.get('wie')),
    wat: parseFinderPurpose(params.get('wat')),
    doelgroep: targetGroups.some((g) => g.id === doelgroep) ? doelgroep : undefined,
  };
}

function queryOf(choice: Choice): string {
  const params = new URLSearchParams();
  if (choice.wie) params.set('wie', choice.wie);
  if (choice.wat) params.set('wat', choice.wat);
  if (choice.doelgroep) params.set('doelgroep', choice.doelgroep);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The funding finder island. */
export default function FundingFinder({ lang, text, schemes, applicants, purposes, targetGroups, stepLabel }: Props) {
  const [mounted, setMounted] = useState(false);
  const [choice, setChoice] = useState<Choice>({});
  const root = useRef<HTMLDivElement>(null);
  const focusFirst = useRef(false);
  const id = useId();

  useEffect(() => {
    // A keyboard user already on one of the step links keeps their place in the form.
    focusFirst.current = root.current?.contains(document.activeElement) ?? false;
    setChoice(readChoice(window.location.search, targetGroups));
    setMounted(true);
  }, [targetGroups]);

  useEffect(() => {
    if (!mounted) return;
    if (focusFirst.current) {
      focusFirst.current = false;
      root.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    }
    const url = `${window.location.pathname}${queryOf(choice)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [mounted, choice]);

  const finderSchemes = useMemo<FinderScheme[]>(
    () =>
      schemes.map((s) => ({
        ...s,
        windows: s.windows.map((w) => ({ opens: w.opens ? new Date(w.opens) : undefined, closes: w.closes ? new Date(w.closes) : undefined })),
      })),
    [schemes],
  );
  const today = useMemo(() => readerToday(), []);

  if (!mounted) {
    return (
      <div ref={root} className="finder">
        <section aria-labelledby={`${id}-stap1`}>
          <p className="finder-step">{stepLabel}</p>
          <h2 id={`${id}-stap1`} className="utrecht-heading-2">
            {text['finder.step1.legend']}
          </h2>
          <ul className="finder-choices">
            {applicants.map((a) => (
              <li key={a.id}>
                <a className="finder-choice" href={a.href}>
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  }

  const { wie, wat, doelgroep } = choice;
  const answer = wie && wat ? findSchemes(finderSchemes, { applicant: wie, purpose: wat, targetGroup: doelgroep }, { today }) : undefined;
  const groupLabel = (gid: string) => targetGroups.find((g) => g.id === gid)?.label ?? gid;
  const views: FinderResultView[] =
    answer?.results.map((r) => {
      const scheme = schemes.find((s) => s.id === r.id)!;
      return {
        id: r.id,
        name: scheme.name,
        href: scheme.href,
        nameLang: scheme.nameLang,
        status: r.status,
        fit: r.fit,
        reasons: reasonsIn(text, r, scheme, answer.query, { lang, targetGroupLabel: groupLabel }),
        combinesWith: r.combinesWith,
      };
    }) ?? [];
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(today);
  const update = (change: Choice) => setChoice((current) => ({ ...current, ...change }));

  return (
    <div ref={root} className="finder">
      <form className="finder-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="finder-fieldset">
          <legend className="finder-legend">{text['finder.step1.legend']}</legend>
          {applicants.map((a) => (
            <div key={a.id} className="filter-option">
              <input type="radio" id={`${id}-wie-${a.id}`} name="wie" value={a.id} checked={wie === a.id} onChange={() => update({ wie: a.id })} />
              <label htmlFor={`${id}-wie-${a.id}`}>{a.label}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="finder-fieldset">
          <legend className="finder-legend">{text['finder.step2.legend']}</legend>
          {purposes.map((p) => (
            <div key={p.id} className="filter-option">
              <input type="radio" id={`${id}-wat-${p.id}`} name="wat" value={p.id} checked={wat === p.id} onChange={() => update({ wat: p.id })} />
              <label htmlFor={`${id}-wat-${p.id}`}>{p.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="utrecht-form-field finder-target">
          <label className="utrecht-form-label" htmlFor={`${id}-doelgroep`}>
            {text['finder.targetGroup.label']}
          </label>
          <select
            className="utrecht-select utrecht-select--html-select"
            id={`${id}-doelgroep`}
            name="doelgroep"
            value={doelgroep ?? ''}
            onChange={(e) => update({ doelgroep: e.target.value || undefined })}
          >
            <option value="">{text['finder.targetGroup.any']}</option>
            {targetGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <section className="finder-answer" aria-labelledby={`${id}-resultaat`}>
        <h2 id={`${id}-resultaat`} className="utrecht-heading-2">
          {text['finder.results.title']}
        </h2>
        <p className="finder-count" role="status">
          {answer ? countSentence(text, answer.results.length) : text['finder.prompt']}
        </p>
        {answer && <p className="meta-line">{fill(text['finder.statusOn'], { date })}</p>}
        {answer && <FinderResults results={views} combinations={answer.combinations} text={text} combinationsHeading={3} idPrefix="regeling-" />}
      </section>
    </div>
  );
}
