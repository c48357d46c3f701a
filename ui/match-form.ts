/**
 * The 'Werk zoeken' page's form and results. One React component for three uses:
 *  - the site build renders it into the page (`site/pages/[...lang]/werk-zoeken/`), where it works
 *    without JavaScript: the form posts to `/forms/werk-zoeken`;
 *  - hydrated as an island (`site/islands/MatchApp.tsx`) it checks the profile with the same zod
 *    schema as the API, sends it to `POST /api/match` and shows the answer;
 *  - the form route (`functions/handlers/form-werk-zoeken.ts`) renders it with the posted values
 *    and the results (200), or with the messages (422), inside the built page.
 * The profile is posted, never put in the address. Written with `createElement` instead of JSX so
 * Node loads it in a handler as it is.
 */
import { createElement as h, type FormEvent, type ReactNode, type Ref } from 'react';
import { fieldOf } from '../functions/contracts/initiative-form.ts';
import type { MatchItem, MatchResponse } from '../functions/contracts/match.ts';
import { messageIn } from '../functions/contracts/messages.ts';
import { educationLevels, languageLevels, offers, regions, sectors } from '../functions/contracts/taxonomy.ts';
import { termLabel, type MatchLang } from '../functions/domain/match-reasons.ts';
import { fieldMessageTranslations, levelLabels, matchWord, type MatchWordKey } from './match-text.ts';

/** Where the form posts without JavaScript; the language rides along, the profile never does. */
export function formAction(lang: MatchLang): string {
  return `${lang === 'nl' ? '/forms/werk-zoeken' : `/forms/werk-zoeken?lang=${lang}`}#resultaten`;
}

/** A validation message (the schema's Dutch) in the page's language; Dutch where no translation exists. */
export function messageFor(lang: MatchLang, dutch: string): string {
  if (lang === 'nl') return dutch;
  if (lang === 'en') return messageIn('en', dutch);
  return fieldMessageTranslations[lang][dutch] ?? dutch;
}

/** What the view shows. */
export interface MatchViewProps {
  lang: MatchLang;
  /** The form's values, as posted (`[name, value]`, names repeat for lists). */
  values?: readonly [string, string][];
  /** Messages per zod path, already in the page's language. */
  errors?: Record<string, string>;
  /** A message for the whole form (the search failed). */
  formError?: string | undefined;
  /** The answer to show. */
  result?: MatchResponse | undefined;
  /** True while the island waits for the API. */
  busy?: boolean;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  summaryRef?: Ref<HTMLDivElement>;
  resultsRef?: Ref<HTMLElement>;
}

const idOf = (name: string) => `m-${name}`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const regionOptions = regions.filter((r) => r.id !== 'landelijk').sort((a, b) => a.label.nl.localeCompare(b.label.nl, 'nl'));

/** The form and, when there is an answer, the results. */
export default function MatchView({ lang, values = [], errors = {}, formError, result, busy = false, onSubmit, summaryRef, resultsRef }: MatchViewProps): ReactNode {
  const w = (key: MatchWordKey, vars?: Record<string, string | number>) => matchWord(lang, key, vars);
  const value = (name: string) => values.find(([n]) => n === name)?.[1] ?? '';
  const checked = (name: string, id: string) => values.some(([n, v]) => n === name && v === id);
  const messages = new Map<string, string>();
  for (const [path, message] of Object.entries(errors)) if (!messages.has(fieldOf(path))) messages.set(fieldOf(path), message);

  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${idOf(name)}-hint` : null, messages.has(name) ? `${idOf(name)}-error` : null].filter(Boolean).join(' ') || undefined;
  const mark = (required: boolean) => h('span', { className: 'form-mark' }, required ? w('required') : w('optional'));
  const hint = (name: string, key: MatchWordKey) => h('p', { className: 'utrecht-form-field-description', id: `${idOf(name)}-hint` }, w(key));
  const error = (name: string) =>
    messages.has(name) ? h('p', { className: 'utrecht-form-field-error-message', id: `${idOf(name)}-error` }, sentence(messages.get(name)!)) : null;
  const invalid = (name: string) => messages.has(name) || undefined;

  const select = (name: string, label: MatchWordKey, hintKey: MatchWordKey | null, required: boolean, empty: string, options: { id: string; label: string }[]) =>
    h('div', { className: `utrecht-form-field${messages.has(name) ? ' utrecht-form-field--invalid' : ''}` },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: idOf(name) }, w(label), ' ', mark(required))),
      hintKey ? hint(name, hintKey) : null,
      error(name),
      h('div', { className: 'utrecht-form-field__input' },
        h('select', {
          id: idOf(name),
          name,
          required,
          defaultValue: value(name),
          className: `utrecht-select utrecht-select--html-select${messages.has(name) ? ' utrecht-select--invalid' : ''}`,
          'aria-describedby': describedBy(name, hintKey !== null),
          'aria-invalid': invalid(name),
        },
          h('option', { value: '' }, empty),
          ...options.map((o) => h('option', { key: o.id, value: o.id }, o.label)),
        ),
      ),
    );

  const choices = (name: string, label: MatchWordKey, hintKey: MatchWordKey, type: 'checkbox' | 'radio', required: boolean, options: { id: string; label: string }[]) =>
    h('fieldset', {
      className: `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group${messages.has(name) ? ' utrecht-form-fieldset--invalid' : ''}`,
      id: idOf(name),
      tabIndex: -1,
      'aria-describedby': describedBy(name, true),
      'aria-invalid': invalid(name),
    },
      h('legend', { className: 'utrecht-form-fieldset__legend' }, w(label), ' ', mark(required)),
      hint(name, hintKey),
      error(name),
      h('div', { className: 'choice-group__options' },
        ...options.map((o) => {
          const id = `${idOf(name)}-${o.id}`;
          return h('div', { className: 'choice', key: id },
            h('input', {
              type,
              id,
              name,
              value: o.id,
              required: type === 'radio' && required ? true : undefined,
              defaultChecked: checked(name, o.id),
              className: type === 'checkbox' ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input',
            }),
            h('label', { className: `utrecht-form-label utrecht-form-label--${type}`, htmlFor: id }, o.label),
          );
        }),
      ),
    );

  const summaryItems = [...messages];
  const summary =
    summaryItems.length > 0 || formError
      ? h('div', { className: 'error-summary utrecht-alert utrecht-alert--error', ref: summaryRef, tabIndex: -1, role: 'alert', 'aria-labelledby': 'm-error-summary-title' },
          h('h2', { className: 'utrecht-heading-2 error-summary__title', id: 'm-error-summary-title' }, w('errorSummary')),
          formError ? h('p', { className: 'utrecht-paragraph' }, formError) : null,
          summaryItems.length > 0
            ? h('ul', { className: 'utrecht-unordered-list error-summary__list' },
                ...summaryItems.map(([field, message]) =>
                  h('li', { key: field, className: 'utrecht-unordered-list__item' }, h('a', { className: 'utrecht-link', href: `#${idOf(field)}` }, sentence(message))),
                ),
              )
            : null,
        )
      : null;

  const form = h('form', { className: 'match-form', method: 'post', action: formAction(lang), onSubmit, 'aria-busy': busy || undefined },
    h('p', { className: 'utrecht-paragraph match-privacy' }, w('privacy')),
    select('region', 'region', 'region.hint', true, w('region.choose'), regionOptions.map((r) => ({ id: r.id, label: r.label.nl }))),
    choices('languageLevel', 'languageLevel', 'languageLevel.hint', 'radio', true, languageLevels.map((l) => ({ id: l.id, label: levelLabels[lang][l.id] ?? l.id }))),
    choices('sectors', 'sectors', 'sectors.hint', 'checkbox', false, sectors.map((s) => ({ id: s.id, label: termLabel(lang, 'sectors', s.id) }))),
    h('div', { className: `utrecht-form-field utrecht-form-field--text${messages.has('skills') ? ' utrecht-form-field--invalid' : ''}` },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: idOf('skills') }, w('skills'), ' ', mark(false))),
      hint('skills', 'skills.hint'),
      error('skills'),
      h('div', { className: 'utrecht-form-field__input' },
        h('input', {
          type: 'text',
          id: idOf('skills'),
          name: 'skills',
          defaultValue: value('skills'),
          autoComplete: 'off',
          className: `utrecht-textbox utrecht-textbox--html-input${messages.has('skills') ? ' utrecht-textbox--invalid' : ''}`,
          'aria-describedby': describedBy('skills', true),
          'aria-invalid': invalid('skills'),
        }),
      ),
    ),
    select('educationLevel', 'educationLevel', null, false, w('educationLevel.empty'), educationLevels.map((e) => ({ id: e.id, label: termLabel(lang, 'education', e.id) }))),
    choices('offers', 'offers', 'offers.hint', 'checkbox', false, offers.map((o) => ({ id: o.id, label: termLabel(lang, 'offers', o.id) }))),
    h('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action', disabled: busy || undefined }, busy ? w('busy') : w('submit')),
  );

  return h('div', { className: 'match' }, summary, form, result ? results(lang, result, resultsRef) : null);
}

const KINDS = ['employers', 'practices', 'schemes'] as const;

function resultItem(lang: MatchLang, item: MatchItem): ReactNode {
  const w = (key: MatchWordKey, vars?: Record<string, string | number>) => matchWord(lang, key, vars);
  return h('li', { key: item.id },
    h('article', { className: 'card match-card' },
      // Names stay Dutch on the Arabic, Ukrainian and Tigrinya pages (company names, untranslated titles).
      h('h4', { className: 'card__title', lang: lang === 'nl' || lang === 'en' ? undefined : 'nl' },
        item.url ? h('a', { className: 'utrecht-link', href: item.url }, item.name) : item.name),
      h('p', { className: 'card__meta match-score' }, w('score', { score: item.score })),
      h('ul', { className: 'match-reasons' },
        ...item.reasons.map((reason, i) =>
          h('li', { key: i, className: `match-reason match-reason--${reason.type}` },
            h('span', { className: 'match-reason__type' }, `${reason.type === 'match' ? w('match') : w('gap')}: `),
            reason.text,
          ),
        ),
      ),
    ),
  );
}

/** The results: a count for screen readers, unknown skill words, then each kind as a list of cards. */
function results(lang: MatchLang, result: MatchResponse, ref: Ref<HTMLElement> | undefined): ReactNode {
  const w = (key: MatchWordKey, vars?: Record<string, string | number>) => matchWord(lang, key, vars);
  return h('section', { className: 'match-results', 'aria-labelledby': 'm-results-title', ref, tabIndex: -1, id: 'resultaten' },
    h('h2', { className: 'utrecht-heading-2', id: 'm-results-title' }, w('results')),
    h('p', { className: 'utrecht-paragraph', role: 'status' },
      w('count', { employers: result.employers.length, practices: result.practices.length, schemes: result.schemes.length }),
    ),
    result.unknownSkills?.length
      ? h('p', { className: 'utrecht-alert utrecht-alert--warning match-unknown', role: 'note' }, w('unknownSkills', { words: result.unknownSkills.join(', ') }))
      : null,
    ...KINDS.map((kind) =>
      h('section', { key: kind, className: 'match-kind', 'aria-labelledby': `m-${kind}-title` },
        h('h3', { className: 'utrecht-heading-3', id: `m-${kind}-title` }, w(kind)),
        result[kind].length > 0
          ? h('ol', { className: 'card-list match-list' }, ...result[kind].map((item) => resultItem(lang, item)))
          : h('p', { className: 'utrecht-paragraph muted' }, w(`none.${kind}`)),
      ),
    ),
  );
}
