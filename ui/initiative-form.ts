/**
 * The 'Initiatief aanmelden' form. One React component for three uses:
 *  - the site build renders it into the page, where it works without JavaScript: it posts to
 *    `/forms/initiatief` (`functions/handlers/form-initiative.ts`);
 *  - hydrated as an island (`site/islands/initiative-form.ts`) it checks the input with the same
 *    zod schema as the API and hands valid data to `onValidSubmit`, which sends it as JSON (the
 *    manage page's corrections go the same way);
 *  - the form handler renders it again with the values and messages when a post is wrong (422).
 * Messages read in the form's language: the schema's Dutch, or its English from `messages.ts`.
 */
import { createElement as h, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { initiativeSchema, type InitiativeInput } from '../functions/contracts/initiative.ts';
import { dutchErrorMap } from '../functions/contracts/dutch-errors.ts';
import { fieldMessages, formToInitiative, type FieldMessages } from '../functions/contracts/initiative-form.ts';
import { actionLines, approaches, regions, sectors, targetGroups } from '../functions/contracts/taxonomy.ts';
import { byField, errorSummary, formKit, formLangOf, idOf, type Option, type SendProblems } from './form-kit.ts';
import { initiativeFormText, type InitiativeFormKey } from './initiative-form-text.ts';

/** What the form shows and where valid data goes. */
export interface InitiativeFormProps {
  /** The page's language; the form speaks Dutch, or English on English pages. */
  lang: string;
  /** Values to show again, as the form posted them. */
  values?: [string, string][];
  /** Messages per zod path (`contact.email`, `regions.0`), already in the form's language. */
  errors?: FieldMessages;
  /** A message for the whole form (rate limit, time trap). */
  formError?: string | undefined;
  /** The fill-time token the form route hands out. */
  started?: string;
  /**
   * Receives checked data and sends it; resolves with messages to show. Without it a checked form
   * is posted to the form route as if without JavaScript.
   */
  onValidSubmit?: (data: InitiativeInput) => Promise<SendProblems>;
  submitLabel?: string | undefined;
}

const TEXT_FIELDS: { name: string; key: InitiativeFormKey; hint?: InitiativeFormKey; multiline?: boolean; type?: string; required: boolean; autoComplete?: string }[] = [
  { name: 'title', key: 'form.field.title', required: true },
  { name: 'organisation', key: 'form.field.organisation', required: true, autoComplete: 'organization' },
  { name: 'summary', key: 'form.field.summary', hint: 'form.field.summary.hint', multiline: true, required: true },
  { name: 'description', key: 'form.field.description', hint: 'form.field.description.hint', multiline: true, required: false },
  { name: 'website', key: 'form.field.website', hint: 'form.field.website.hint', type: 'url', required: false, autoComplete: 'url' },
  { name: 'results', key: 'form.field.results', hint: 'form.field.results.hint', multiline: true, required: false },
];
// Action lines read as "1. Vroege participatie vanuit het azc".
const numbered = (list: typeof actionLines): Option[] => list.map((a) => ({ id: a.id, label: { nl: `${a.id}. ${a.label.nl}`, en: `${a.id}. ${a.label.en}` } }));
const CHOICE_FIELDS: { name: string; key: InitiativeFormKey; options: readonly Option[]; required: boolean }[] = [
  { name: 'regions', key: 'form.field.regions', options: regions, required: true },
  { name: 'sectors', key: 'form.field.sectors', options: sectors, required: true },
  { name: 'actionLines', key: 'form.field.actionLines', options: numbered(actionLines), required: false },
  { name: 'approaches', key: 'form.field.approaches', options: approaches, required: false },
  { name: 'targetGroups', key: 'form.field.targetGroups', options: targetGroups, required: false },
];

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

/** The form, with its GOV.UK-style error summary. */
export default function InitiativeForm({ lang: pageLang, values = [], errors = {}, formError, started = '', onValidSubmit, submitLabel }: InitiativeFormProps) {
  const lang = formLangOf(pageLang);
  const tr = (key: InitiativeFormKey) => initiativeFormText[lang][key];
  const [state, setState] = useState({ values, errors, formError, sending: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const kit = formKit({ lang, values: state.values, messages: byField(state.errors) });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const pairs = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    const parsed = initiativeSchema.safeParse(formToInitiative(pairs), { error: dutchErrorMap });
    if (!parsed.success) {
      event.preventDefault();
      setState({ values: pairs, errors: fieldMessages(parsed.error.issues, lang), formError: undefined, sending: false });
      setFocusSummary((n) => n + 1);
      return;
    }
    if (!onValidSubmit) return; // the browser posts it to the form route
    event.preventDefault();
    setState((s) => ({ ...s, values: pairs, errors: {}, formError: undefined, sending: true }));
    const problems = await onValidSubmit(parsed.data);
    setState({ values: pairs, errors: problems?.errors ?? {}, formError: problems?.formError, sending: false });
    if (problems) setFocusSummary((n) => n + 1);
  }

  const children: ReactNode[] = [
    errorSummary(lang, state.errors, state.formError, summaryRef),
    h('p', { className: 'utrecht-paragraph', key: 'req' }, kit.words.required),
    h('fieldset', { className: 'form-section', key: 'project' },
      h('legend', { className: 'utrecht-heading-2' }, tr('form.section.project')),
      ...TEXT_FIELDS.map((f) => kit.textField({ ...f, label: tr(f.key), hint: f.hint && tr(f.hint) })),
    ),
    h('fieldset', { className: 'form-section', key: 'where' },
      h('legend', { className: 'utrecht-heading-2' }, tr('form.section.where')),
      ...CHOICE_FIELDS.map((f) => kit.choiceField({ ...f, label: tr(f.key), multiple: true })),
    ),
    h('fieldset', { className: 'form-section', key: 'contact' },
      h('legend', { className: 'utrecht-heading-2' }, tr('form.section.contact')),
      h('p', { className: 'utrecht-form-field-description' }, tr('form.contactHint')),
      kit.textField({ name: 'contact.name', label: tr('form.field.contactName'), type: 'text', autoComplete: 'name', required: true }),
      kit.textField({ name: 'contact.email', label: tr('form.field.contactEmail'), type: 'email', autoComplete: 'email', required: true }),
    ),
    kit.privacyNote(),
    kit.consentField(tr('form.field.consent'), idOf('privacy')),
    ...kit.traps(started),
    h('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action', disabled: state.sending, key: 'submit' },
      state.sending ? kit.words.sending : (submitLabel ?? tr('form.submit'))),
  ];
  return h('form', { className: 'initiative-form', method: 'post', action: `/forms/initiatief?lang=${lang}`, noValidate: true, onSubmit }, ...children);
}
