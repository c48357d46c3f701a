/**
 * The 'Werk zoeken' island: the shared view (`ui/match-form.ts`) with what only the browser does —
 * check the profile with the API's own schema, send it to `POST /api/match` in the page's language
 * (`Accept-Language`), show the ranked results and move focus to them (or to the error summary).
 * Without JavaScript the same form posts to `/forms/werk-zoeken` and the server answers with the
 * same view.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { formToProfile, profileSchema, type MatchResponse } from '../../functions/contracts/match.ts';
import type { MatchLang } from '../../functions/domain/match-reasons.ts';
import MatchView, { messageFor } from '../../ui/match-form.ts';
import { matchWord } from '../../ui/match-text.ts';

type State = {
  values: [string, string][];
  errors: Record<string, string>;
  formError?: string | undefined;
  result?: MatchResponse | undefined;
  busy: boolean;
};

const translated = (lang: MatchLang, fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, messageFor(lang, message)]));

type Answer = { ok: true; body: MatchResponse } | { ok: false; fields: Record<string, string> };

/**
 * One POST to the API. Not `api-client.ts`: that module carries the site's dictionaries for the
 * other forms, which would push this page over its weight budget; this page's words are its own.
 */
async function ask(lang: MatchLang, profile: unknown): Promise<Answer> {
  try {
    const response = await fetch('/api/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(profile),
    });
    const json = (await response.json().catch(() => ({}))) as MatchResponse & { error?: { fields?: Record<string, string> } };
    return response.ok ? { ok: true, body: json } : { ok: false, fields: json.error?.fields ?? {} };
  } catch {
    return { ok: false, fields: {} };
  }
}

/** The match form island. */
export default function MatchApp({ lang }: { lang: MatchLang }) {
  const [state, setState] = useState<State>({ values: [], errors: {}, busy: false });
  const [focus, setFocus] = useState<{ target: 'summary' | 'results'; n: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus?.target === 'summary') summaryRef.current?.focus();
    if (focus?.target === 'results') resultsRef.current?.focus();
  }, [focus]);
  const focusOn = (target: 'summary' | 'results') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pairs = [...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    const parsed = profileSchema.safeParse(formToProfile(pairs), { error: dutchErrorMap });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || '_'] ??= messageFor(lang, issue.message);
      setState({ values: pairs, errors, busy: false });
      focusOn('summary');
      return;
    }
    setState((s) => ({ ...s, values: pairs, errors: {}, formError: undefined, busy: true }));
    const answer = await ask(lang, parsed.data);
    if (answer.ok) {
      setState({ values: pairs, errors: {}, result: answer.body, busy: false });
      focusOn('results');
      return;
    }
    const errors = translated(lang, answer.fields);
    setState({ values: pairs, errors, formError: Object.keys(errors).length > 0 ? undefined : matchWord(lang, 'failed'), busy: false });
    focusOn('summary');
  }

  return (
    <MatchView
      lang={lang}
      values={state.values}
      errors={state.errors}
      formError={state.formError}
      result={state.result}
      busy={state.busy}
      onSubmit={onSubmit}
      summaryRef={summaryRef}
      resultsRef={resultsRef}
    />
  );
}
