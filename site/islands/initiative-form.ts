/**
 * The 'Initiatief aanmelden' form. One React component for three uses:
 *  - the site build renders it into the page (works without JavaScript: it posts to
 *    `/forms/initiatief`);
 *  - hydrated as an island it checks the input with the same zod schema as the API and sends JSON
 *    to `POST /api/initiatives`; messages read in the page's language (the API's Dutch field
 *    messages too, through `messages.ts`);
 *  - the form handler renders it again with the values and messages when a post without
 *    JavaScript is wrong (422).
 * Written with `createElement` instead of JSX so Node can load it in the form handler as is.
 */
import { createElement as h, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { initiativeSchema, type InitiativeInput } from '../../functions/contracts/initiative.ts';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { fieldMessages, fieldOf, formToInitiative, HONEYPOT_FIELD, STARTED_FIELD, type FieldMessages } from '../../functions/contracts/initiative-form.ts';
import { messageLangOf } from '../../functions/contracts/messages.ts';
import { actionLines, approaches, regions, sectors, targetGroups } from '../../functions/contracts/taxonomy.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { localizePath, type Lang } from '../i18n/locales.ts';
import { callApi, formProblem } from './api-client.ts';

/** What the form shows: posted values (as form pairs) and messages per field path. */
export interface InitiativeFormProps {
  lang: Lang;
  /** Values to show again, as the form posted them. */
  values?: [string, string][];
  /** Messages per zod path (`contact.email`, `regions.0`), already in the page's language. */
  errors?: FieldMessages;
  /** A message for the whole form (rate limit, time trap). */
  formError?: string;
  /** The fill-time token the form route hands out. */
  started?: string;
  /**
   * Sends checked data somewhere else than `POST /api/initiatives` (the manage page's corrections);
   * resolves with messages to show (in the page's language), or nothing when it worked.
   */
  onValidSubmit?: (data: InitiativeInput) => Promise<{ errors?: FieldMessages; formError?: string } | void>;
  submitLabel?: string;
}

type Option = { id: string | number; label: { nl: string; en: string } };

const TEXT_FIELDS: { name: string; key: UiKey; hint?: UiKey; multiline?: boolean; type?: string; required: boolean; autoComplete?: string }[] = [
  { name: 'title', key: 'form.field.title', required: true },
  { name: 'organisation', key: 'form.field.organisation', required: true, autoComplete: 'organization' },
  { name: 'summary', key: 'form.field.summary', hint: 'form.field.summary.hint', multiline: true, required: true },
  { name: 'description', key: 'form.field.description', hint: 'form.field.description.hint', multiline: true, required: false },
  { name: 'website', key: 'form.field.website', hint: 'form.field.website.hint', type: 'url', required: false, autoComplete: 'url' },
  { name: 'results', key: 'form.field.results', hint: 'form.field.results.hint', multiline: true, required: false },
];
const CHOICE_FIELDS: { name: string; key: UiKey; options: readonly Option[]; required: boolean }[] = [
  { name: 'regions', key: 'form.field.regions', options: regions, required: true },
  { name: 'sectors', key: 'form.field.sectors', options: sectors, required: true },
  { name: 'actionLines', key: 'form.field.actionLines', options: actionLines, required: false },
  { name: 'approaches', key: 'form.field.approaches', options: approaches, required: false },
  { name: 'targetGroups', key: 'form.field.targetGroups', options: targetGroups, required: false },
];
const CONTACT_FIELDS: { name: string; key: UiKey; type: string; autoComplete: string }[] = [
  { name: 'contact.name', key: 'form.field.contactName', type: 'text', autoComplete: 'name' },
  { name: 'contact.email', key: 'form.field.contactEmail', type: 'email', autoComplete: 'email' },
];

const idOf = (name: string) => `f-${name.replace('.', '-')}`;
/** Messages are sentences on the page: start them with a capital. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An initiative as form pairs, to fill the form with stored values. */
export function initiativeToPairs(initiative: Record<string, unknown>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(initiative)) {
    if (name === 'contact' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) pairs.push([`contact.${k}`, String(v)]);
    } else if (Array.isArray(value)) {
      for (const v of value) pairs.push([name, String(v)]);
    } else if (value !== undefined && value !== null) {
      pairs.push([name, String(value)]);
    }
  }
  return pairs;
}

/** Field → first message, for messages keyed by zod path. */
function byField(errors: FieldMessages): Map<string, string> {
  const map = new Map<string, string>();
  for (const [path, message] of Object.entries(errors)) if (!map.has(fieldOf(path))) map.set(fieldOf(path), message);
  return map;
}

/** The form, with its GOV.UK-style error summary. */
export default function InitiativeForm({ lang, values = [], errors = {}, formError, started = '', onValidSubmit, submitLabel }: InitiativeFormProps) {
  const tr = (key: UiKey) => t(lang, key);
  const [state, setState] = useState({ values, errors, formError, sending: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);
  // One key per filled-in form: a retry after a lost answer is recognised by the API.
  const idempotencyKey = useRef<string | null>(null);

  const messages = byField(state.errors);
  const value = (name: string) => state.values.find(([n]) => n === name)?.[1] ?? '';
  const checked = (name: string, id: string | number) => state.values.some(([n, v]) => n === name && v === String(id));
  const refLang = lang === 'en' ? 'en' : 'nl';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const pairs = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    const parsed = initiativeSchema.safeParse(formToInitiative(pairs), { error: dutchErrorMap });
    if (!parsed.success) {
      setState({ values: pairs, errors: fieldMessages(parsed.error.issues, messageLangOf(lang)), formError: undefined, sending: false });
      setFocusSummary((n) => n + 1);
      return;
    }
    setState((s) => ({ ...s, values: pairs, errors: {}, formError: undefined, sending: true }));
    if (onValidSubmit) {
      const problems = await onValidSubmit(parsed.data);
      setState({ values: pairs, errors: problems?.errors ?? {}, formError: problems?.formError, sending: false });
      if (problems) setFocusSummary((n) => n + 1);
      return;
    }
    idempotencyKey.current ??= crypto.randomUUID();
    const answer = await callApi('POST', '/api/initiatives', parsed.data, { 'idempotency-key': idempotencyKey.current });
    if (answer.ok) {
      location.assign(localizePath(lang, '/initiatief-aanmelden/bedankt/'));
      return;
    }
    setState({ values: pairs, ...formProblem(lang, answer), sending: false });
    setFocusSummary((n) => n + 1);
  }

  const described = (name: string, hint: boolean) =>
    [hint ? `${idOf(name)}-hint` : null, messages.has(name) ? `${idOf(name)}-error` : null].filter(Boolean).join(' ') || undefined;
  const label = (text: string, required: boolean) => [text, ' ', h('span', { className: 'form-mark' }, required ? tr('form.requiredMark') : tr('form.optional'))];
  const errorMessage = (name: string) =>
    messages.has(name) ? h('p', { className: 'utrecht-form-field-error-message', id: `${idOf(name)}-error` }, sentence(messages.get(name)!)) : null;

  const textField = (f: (typeof TEXT_FIELDS)[number] | ((typeof CONTACT_FIELDS)[number] & { required?: boolean; hint?: UiKey; multiline?: boolean })) => {
    const invalid = messages.has(f.name);
    const common = {
      id: idOf(f.name),
      name: f.name,
      defaultValue: value(f.name),
      'aria-describedby': described(f.name, Boolean(f.hint)),
      'aria-invalid': invalid || undefined,
      required: f.required ?? true,
      autoComplete: f.autoComplete,
    };
    return h(
      'div',
      { className: `utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}`, key: f.name },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: idOf(f.name) }, ...label(tr(f.key), f.required ?? true))),
      f.hint ? h('p', { className: 'utrecht-form-field-description', id: `${idOf(f.name)}-hint` }, tr(f.hint)) : null,
      errorMessage(f.name),
      h('div', { className: 'utrecht-form-field__input' },
        f.multiline
          ? h('textarea', { ...common, className: `utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`, rows: 5 })
          : h('input', { ...common, type: f.type ?? 'text', className: `utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}` }),
      ),
    );
  };

  const choiceField = (f: (typeof CHOICE_FIELDS)[number]) => {
    const invalid = messages.has(f.name);
    return h(
      'fieldset',
      {
        className: `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group${invalid ? ' utrecht-form-fieldset--invalid' : ''}`,
        key: f.name,
        id: idOf(f.name),
        tabIndex: -1,
        'aria-describedby': invalid ? `${idOf(f.name)}-error` : undefined,
        'aria-invalid': invalid || undefined,
      },
      h('legend', { className: 'utrecht-form-fieldset__legend' }, ...label(tr(f.key), f.required)),
      errorMessage(f.name),
      h('div', { className: 'choice-group__options' },
        ...f.options.map((o) => {
          const id = `${idOf(f.name)}-${o.id}`;
          return h('div', { className: 'choice', key: id },
            h('input', { type: 'checkbox', className: 'utrecht-checkbox utrecht-checkbox--html-input', id, name: f.name, value: String(o.id), defaultChecked: checked(f.name, o.id) }),
            h('label', { className: 'utrecht-form-label utrecht-form-label--checkbox', htmlFor: id }, f.name === 'actionLines' ? `${o.id}. ${o.label[refLang]}` : o.label[refLang]),
          );
        }),
      ),
    );
  };

  const summaryItems = Object.entries(state.errors);
  const children: ReactNode[] = [
    summaryItems.length > 0 || state.formError
      ? h('div', { className: 'error-summary utrecht-alert utrecht-alert--error', ref: summaryRef, tabIndex: -1, role: 'alert', 'aria-labelledby': 'error-summary-title', key: 'summary' },
          h('h2', { className: 'utrecht-heading-2 error-summary__title', id: 'error-summary-title' }, tr('form.errorSummary')),
          state.formError ? h('p', { className: 'utrecht-paragraph' }, state.formError) : null,
          summaryItems.length > 0
            ? h('ul', { className: 'utrecht-unordered-list error-summary__list' },
                ...[...byField(state.errors)].map(([field, message]) =>
                  h('li', { key: field, className: 'utrecht-unordered-list__item' }, h('a', { className: 'utrecht-link', href: `#${idOf(field)}` }, sentence(message))),
                ),
              )
            : null,
        )
      : null,
    h('p', { className: 'utrecht-paragraph', key: 'req' }, tr('form.required')),
    h('fieldset', { className: 'form-section', key: 'project' }, h('legend', { className: 'utrecht-heading-2' }, tr('form.section.project')), ...TEXT_FIELDS.map(textField)),
    h('fieldset', { className: 'form-section', key: 'where' }, h('legend', { className: 'utrecht-heading-2' }, tr('form.section.where')), ...CHOICE_FIELDS.map(choiceField)),
    h('fieldset', { className: 'form-section', key: 'contact' },
      h('legend', { className: 'utrecht-heading-2' }, tr('form.section.contact')),
      h('p', { className: 'utrecht-form-field-description' }, tr('form.contactHint')),
      ...CONTACT_FIELDS.map((f) => textField({ ...f, required: true })),
    ),
    h('div', { className: `utrecht-form-field${messages.has('consent') ? ' utrecht-form-field--invalid' : ''}`, key: 'consent' },
      errorMessage('consent'),
      h('div', { className: 'choice' },
        h('input', { type: 'checkbox', className: 'utrecht-checkbox utrecht-checkbox--html-input', id: idOf('consent'), name: 'consent', value: 'true', defaultChecked: value('consent') === 'true', required: true, 'aria-describedby': messages.has('consent') ? `${idOf('consent')}-error` : undefined, 'aria-invalid': messages.has('consent') || undefined }),
        h('label', { className: 'utrecht-form-label utrecht-form-label--checkbox', htmlFor: idOf('consent') }, tr('form.field.consent')),
      ),
    ),
    // The traps: invisible to people (and to assistive technology), filled only by bots.
    h('div', { className: 'trap', 'aria-hidden': 'true', key: 'trap' },
      h('label', { htmlFor: idOf(HONEYPOT_FIELD) }, tr('form.honeypot')),
      h('input', { type: 'text', id: idOf(HONEYPOT_FIELD), name: HONEYPOT_FIELD, tabIndex: -1, autoComplete: 'off', defaultValue: '' }),
    ),
    h('input', { type: 'hidden', name: STARTED_FIELD, value: started, key: 'started', readOnly: true }),
    h('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action', disabled: state.sending, key: 'submit' }, state.sending ? tr('form.sending') : (submitLabel ?? tr('form.submit'))),
  ];
  return h('form', { className: 'initiative-form', method: 'post', action: `/forms/initiatief?lang=${lang}`, noValidate: true, onSubmit }, ...children);
}
