/**
 * The quickscan on one page: one part of the Doorbraakgarage approach per step, progress shown,
 * then the report, which can be printed, saved as a JSON file and opened again later.
 *
 * Answers stay in the browser: in memory, and in `sessionStorage` so a reload or a look at a
 * linked page in the same tab does not lose them. Nothing is sent anywhere; the report is
 * computed here by `quickscanReport()` from the rules the build checked, with each scheme's status
 * for the reader's day.
 *
 * The server renders nothing: without JavaScript the page shows a note and the static step pages
 * (the questions and what each answer leads to) instead.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { gemeenteNameSchema, quickscanFileFormat, quickscanFileSchema, type QuickscanAnswers, type ResolvedQuestion } from '../../functions/contracts/quickscan.ts';
import { chosen, quickscanReport, type QuickscanCatalog, type QuickscanData } from '../lib/quickscan.ts';
import { maxQuickscanFileBytes, readSavedScan, savedScan, scanFileName } from '../lib/quickscan-file.ts';
import { quickscanText as t } from '../lib/quickscan-text.ts';
import { readerToday } from '../scripts/scheme-status.ts';
import { QuickscanReportView } from './QuickscanReport.tsx';

interface Props {
  data: QuickscanData;
  catalog: QuickscanCatalog;
}

/** What `sessionStorage` keeps between reloads of the tab. */
const storageKey = 'werkpad:quickscan';

type Problem = { question: string; message: string };
type Notice = { kind: 'error'; title: string; problems: string[] } | { kind: 'ok'; text: string } | null;

function readStored(data: QuickscanData): { answers: QuickscanAnswers; gemeente: string; step: number } | undefined {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as { step?: unknown; file?: unknown };
    const file = quickscanFileSchema(data.parts).safeParse(stored.file);
    if (!file.success) return undefined;
    const step = typeof stored.step === 'number' && Number.isInteger(stored.step) ? Math.min(Math.max(stored.step, 0), data.parts.length) : 0;
    return { answers: file.data.answers, gemeente: file.data.gemeente ?? '', step };
  } catch {
    return undefined;
  }
}

const questionId = (q: ResolvedQuestion) => `qs-vraag-${q.id}`;

/** The quickscan island. */
export default function QuickscanApp({ data, catalog }: Props) {
  const [mounted, setMounted] = useState(false);
  const [answers, setAnswers] = useState<QuickscanAnswers>({});
  const [gemeente, setGemeente] = useState('');
  const [step, setStep] = useState(0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef<'heading' | 'summary' | 'notice' | null>(null);
  const total = data.parts.length;
  const onReport = step >= total;

  useEffect(() => {
    const stored = readStored(data);
    if (stored) {
      setAnswers(stored.answers);
      setGemeente(stored.gemeente);
      setStep(stored.step);
    }
    setMounted(true);
  }, [data]);

  useEffect(() => {
    if (!mounted) return;
    const name = gemeenteNameSchema.safeParse(gemeente);
    const file = { format: quickscanFileFormat, version: 1, answers, ...(gemeente.trim() && name.success ? { gemeente: name.data } : {}) };
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify({ step, file }));
    } catch {
      // Storage can be full or switched off; the scan then lives in memory only.
    }
  }, [mounted, answers, gemeente, step]);

  useEffect(() => {
    const target = moveFocus.current;
    moveFocus.current = null;
    if (target === 'heading') (onReport ? reportRef.current : headingRef.current)?.focus();
    if (target === 'summary') summaryRef.current?.focus();
    if (target === 'notice') noticeRef.current?.focus();
  });

  const today = useMemo(() => readerToday(), []);
  const report = useMemo(() => (onReport ? quickscanReport(data, answers, catalog, today) : undefined), [onReport, data, answers, catalog, today]);

  if (!mounted) return null;

  const labelOf = (q: ResolvedQuestion | undefined, id: string) => q?.options.find((o) => o.id === id)?.label ?? id;
  const allQuestions = data.parts.flatMap((p) => p.questions);
  const regionQuestion = allQuestions.find((q) => q.optionsFrom === 'regions');
  const sectorQuestion = allQuestions.find((q) => q.optionsFrom === 'sectors');

  const go = (next: number) => {
    setProblems([]);
    setNotice(null);
    setStep(next);
    moveFocus.current = 'heading';
  };

  const check = (index: number): Problem[] => {
    const found: Problem[] = [];
    for (const q of data.parts[index]?.questions ?? []) {
      const picked = chosen(answers, q.id);
      if (q.required && picked.length === 0) found.push({ question: q.id, message: t.required(q.text) });
      if (q.max !== undefined && picked.length > q.max) found.push({ question: q.id, message: t.tooMany(q.text, q.max) });
    }
    const name = index === 0 && gemeente.trim() ? gemeenteNameSchema.safeParse(gemeente) : undefined;
    const issue = name?.error?.issues[0]?.message;
    if (issue) found.push({ question: 'gemeente', message: `${issue.charAt(0).toUpperCase()}${issue.slice(1)}.` });
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === total - 1) return toReport();
    const found = check(step);
    if (found.length > 0) {
      setProblems(found);
      moveFocus.current = 'summary';
      return;
    }
    go(step + 1);
  };

  const toReport = () => {
    // Every required question must be answered before the report, wherever it is.
    const index = data.parts.findIndex((_, i) => check(i).length > 0);
    if (index === -1) return go(total);
    setStep(index);
    setProblems(check(index));
    moveFocus.current = 'summary';
  };

  const setOne = (q: ResolvedQuestion, value: string) => setAnswers((a) => ({ ...a, [q.id]: value }));
  const clearOne = (q: ResolvedQuestion) =>
    setAnswers((a) => {
      const { [q.id]: _, ...rest } = a;
      return rest;
    });
  const toggle = (q: ResolvedQuestion, value: string, on: boolean) =>
    setAnswers((a) => {
      const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
      const current = chosen(a, q.id);
      const next = on ? (exclusive.has(value) ? [value] : [...current.filter((c) => !exclusive.has(c)), value]) : current.filter((c) => c !== value);
      const { [q.id]: _, ...rest } = a;
      return next.length > 0 ? { ...rest, [q.id]: q.options.map((o) => o.id).filter((id) => next.includes(id)) } : rest;
    });

  const save = () => {
    if (!report) return;
    const file = savedScan(answers, gemeenteNameSchema.safeParse(gemeente).data ?? '', report, catalog, window.location.origin);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = scanFileName(gemeente, report.today);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const load = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    const text = picked.size > maxQuickscanFileBytes ? 'x'.repeat(maxQuickscanFileBytes + 1) : await picked.text();
    const result = readSavedScan(text, data.parts);
    if (!result.ok) {
      setNotice({ kind: 'error', title: t.load.failed, problems: result.problems });
      moveFocus.current = 'notice';
      return;
    }
    setAnswers(result.file.answers);
    setGemeente(result.file.gemeente ?? '');
    setProblems([]);
    setStep(total);
    setNotice({ kind: 'ok', text: t.load.loaded });
    moveFocus.current = 'notice';
  };

  const restart = () => {
    setAnswers({});
    setGemeente('');
    setProblems([]);
    setStep(0);
    setNotice({ kind: 'ok', text: t.restarted });
    moveFocus.current = 'heading';
  };

  const noticeView = notice && (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className={`utrecht-alert utrecht-alert--${notice.kind === 'ok' ? 'ok' : 'error'} qs-notice`}
      role={notice.kind === 'ok' ? 'status' : 'alert'}
    >
      {notice.kind === 'ok' ? (
        <p className="utrecht-paragraph">{notice.text}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            <strong>{notice.title}:</strong>
          </p>
          <ul className="utrecht-unordered-list">
            {notice.problems.map((p) => (
              <li key={p} className="utrecht-unordered-list__item">
                {p}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );

  const loader = (
    <section className="qs-load" aria-labelledby="qs-openen">
      <h2 id="qs-openen" className="utrecht-heading-3">
        {t.load.title}
      </h2>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="qs-bestand">
          {t.load.label}
        </label>
        <p className="utrecht-form-field-description" id="qs-bestand-uitleg">
          {t.load.hint}
        </p>
        <input
          className="qs-file"
          type="file"
          id="qs-bestand"
          accept="application/json,.json"
          aria-describedby="qs-bestand-uitleg"
          onChange={(e) => void load(e.currentTarget)}
        />
      </div>
    </section>
  );

  const progress = (
    <ol className="qs-progress" aria-label={t.progressLabel}>
      {[...data.parts.map((p) => p.title), t.report].map((title, i) => (
        <li key={title} className={`qs-progress__item${i === step ? ' qs-progress__item--current' : i < step ? ' qs-progress__item--done' : ''}`} aria-current={i === step ? 'step' : undefined}>
          <span className="qs-progress__n" aria-hidden="true">
            {i < total ? i + 1 : '✓'}
          </span>{' '}
          {title}
          {i < step && <span className="visually-hidden"> {t.done}</span>}
        </li>
      ))}
    </ol>
  );

  if (onReport && report) {
    const actions = (
      <div className="qs-actions" role="group" aria-label={t.actions}>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={save}>
          {t.save}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go(0)}>
          {t.edit}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={restart}>
          {t.restart}
        </button>
      </div>
    );
    const region = regionQuestion ? chosen(answers, regionQuestion.id)[0] : undefined;
    return (
      <div className="qs">
        {progress}
        {noticeView}
        <QuickscanReportView
          report={report}
          catalog={catalog}
          gemeente={gemeenteNameSchema.safeParse(gemeente).data ?? ''}
          region={region ? labelOf(regionQuestion, region) : undefined}
          sectors={sectorQuestion ? chosen(answers, sectorQuestion.id).map((s) => labelOf(sectorQuestion, s)) : []}
          actions={actions}
          headingRef={reportRef}
        />
        {loader}
      </div>
    );
  }

  const part = data.parts[step]!;
  const invalid = new Set(problems.map((p) => p.question));
  const describedBy = (q: ResolvedQuestion) => [q.help ? `${questionId(q)}-uitleg` : '', invalid.has(q.id) ? `${questionId(q)}-fout` : ''].filter(Boolean).join(' ') || undefined;
  const errorOf = (q: ResolvedQuestion) =>
    invalid.has(q.id) ? (
      <p className="utrecht-form-field-error-message" id={`${questionId(q)}-fout`}>
        {problems.find((p) => p.question === q.id)?.message}
      </p>
    ) : null;
  const help = (q: ResolvedQuestion) =>
    q.help ? (
      <p className="utrecht-form-field-description" id={`${questionId(q)}-uitleg`}>
        {q.help}
      </p>
    ) : null;

  const question = (q: ResolvedQuestion) => {
    const picked = chosen(answers, q.id);
    const mark = q.required ? <span className="form-mark"> {t.requiredMark}</span> : null;
    if (q.kind === 'one' && q.options.length > 12) {
      return (
        <div key={q.id} className={`utrecht-form-field qs-question${invalid.has(q.id) ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label qs-question__text" htmlFor={questionId(q)}>
            {q.text}
            {mark}
          </label>
          {help(q)}
          {errorOf(q)}
          <select
            className="utrecht-select utrecht-select--html-select"
            id={questionId(q)}
            value={picked[0] ?? ''}
            aria-describedby={describedBy(q)}
            aria-invalid={invalid.has(q.id) || undefined}
            onChange={(e) => (e.target.value ? setOne(q, e.target.value) : clearOne(q))}
          >
            <option value="">{t.chooseRegion}</option>
            {q.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      );
    }
    return (
      <fieldset
        key={q.id}
        id={questionId(q)}
        tabIndex={-1}
        className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group qs-question${invalid.has(q.id) ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={describedBy(q)}
      >
        <legend className="utrecht-form-fieldset__legend qs-question__text">
          {q.text}
          {mark}
        </legend>
        {help(q)}
        {errorOf(q)}
        <div className={q.optionsFrom ? 'choice-group__options' : 'qs-options'}>
          {q.options.map((o) => {
            const id = `${questionId(q)}-${o.id}`;
            return (
              <div key={o.id} className="choice">
                {q.kind === 'one' ? (
                  <input
                    type="radio"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    id={id}
                    name={q.id}
                    value={o.id}
                    checked={picked.includes(o.id)}
                    onChange={() => setOne(q, o.id)}
                  />
                ) : (
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={id}
                    name={q.id}
                    value={o.id}
                    checked={picked.includes(o.id)}
                    onChange={(e) => toggle(q, o.id, e.target.checked)}
                  />
                )}
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  };

  return (
    <div className="qs">
      {progress}
      {noticeView}
      <form className="qs-form" onSubmit={submit} noValidate aria-labelledby="qs-stap">
        <p className="finder-step">{t.stepOf(step + 1, total)}</p>
        <h2 id="qs-stap" className="utrecht-heading-2 qs-form__title" tabIndex={-1} ref={headingRef}>
          {part.title}
        </h2>
        <p className="utrecht-paragraph qs-intro">{part.intro}</p>
        {step === 0 ? <p className="utrecht-paragraph qs-privacy">{t.privacy}</p> : <p className="utrecht-paragraph muted">{t.skip}</p>}
        {problems.length > 0 && (
          <div ref={summaryRef} tabIndex={-1} className="error-summary utrecht-alert utrecht-alert--error" role="alert" aria-labelledby="qs-fouten">
            <h3 id="qs-fouten" className="utrecht-heading-3 error-summary__title">
              {t.errorTitle}
            </h3>
            <ul className="utrecht-unordered-list">
              {problems.map((p) => (
                <li key={p.question} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`#qs-vraag-${p.question}`}>
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {step === 0 && (
          <div className={`utrecht-form-field qs-question${invalid.has('gemeente') ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label qs-question__text" htmlFor="qs-vraag-gemeente">
              {t.gemeenteLabel}
              <span className="form-mark"> {t.optionalMark}</span>
            </label>
            <p className="utrecht-form-field-description" id="qs-vraag-gemeente-uitleg">
              {t.gemeenteHint}
            </p>
            <input
              className="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              id="qs-vraag-gemeente"
              autoComplete="off"
              maxLength={100}
              value={gemeente}
              aria-describedby="qs-vraag-gemeente-uitleg"
              onChange={(e) => setGemeente(e.target.value)}
            />
          </div>
        )}
        {part.questions.map(question)}
        <div className="qs-nav">
          {step > 0 && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go(step - 1)}>
              {t.previous}
            </button>
          )}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {step < total - 1 ? t.next : t.toReport}
          </button>
        </div>
      </form>
      {step === 0 && loader}
    </div>
  );
}
