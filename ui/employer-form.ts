/**
 * The 'Werkgever aanmelden' form. One React component for three uses:
 *  - the site build renders it into the page, where it works without JavaScript: it posts to
 *    `/forms/werkgever` (`functions/handlers/form-werkgever.ts`);
 *  - hydrated as an island (`site/islands/EmployerForm.tsx`) it checks the input with the same
 *    zod schema as the API and hands valid data to `onValidSubmit`, which sends it as JSON; the
 *    manage page uses it the same way for changes (`mode: 'manage'`: the KvK number fixed, no
 *    consent box, no traps);
 *  - the form handler renders it again with the values and messages when a post is wrong (422).
 * Messages read in the form's language: the schema's Dutch, or its English from `messages.ts`.
 */
import { createElement as h, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { employerDataSchema, employerSchema, type EmployerData } from '../functions/contracts/employer.ts';
import { dutchErrorMap } from '../functions/contracts/dutch-errors.ts';
import { fieldMessages, formToEmployer, type FieldMessages } from '../functions/contracts/employer-form.ts';
import { educationLevels, languageLevels, offers, regions, sectors, skills } from '../functions/contracts/taxonomy.ts';
import { employerFormText } from './employer-form-text.ts';
import { byField, errorSummary, formKit, formLangOf, idOf, type SendProblems } from './form-kit.ts';

export type { SendProblems } from './form-kit.ts';

/** What the form shows and where valid data goes. */
export interface EmployerFormProps {
  /** The page's language; the form speaks Dutch, or English on English pages. */
  lang: string;
  /** Values to show again, as the form posted them. */
  values?: [string, string][];
  /** Messages per zod path (`contact.email`, `regions.0`), already in the form's language. */
  errors?: FieldMessages;
  /** A message for the whole form (rate limit, time trap, a conflict). */
  formError?: string | undefined;
  /** The fill-time token the form route hands out. */
  started?: string;
  /** `register` (the public form) or `manage` (changes through the manage link). */
  mode?: 'register' | 'manage';
  /**
   * Receives checked data (with `consent: true` when registering) and sends it; resolves with
   * messages to show. Without it a checked form is posted to the form route as if without JavaScript.
   */
  onValidSubmit?: (data: EmployerData & { consent?: true }) => Promise<SendProblems>;
  submitLabel?: string | undefined;
}

/** The employer form, with its error summary. */
export default function EmployerForm({ lang: pageLang, values = [], errors = {}, formError, started = '', mode = 'register', onValidSubmit, submitLabel }: EmployerFormProps) {
  const lang = formLangOf(pageLang);
  const text = employerFormText[lang];
  const [state, setState] = useState({ values, errors, formError, sending: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const messages = byField(state.errors);
  const kit = formKit({ lang, values: state.values, messages });
  const registering = mode === 'register';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const pairs = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    const schema = registering ? employerSchema : employerDataSchema;
    const parsed = schema.safeParse(formToEmployer(pairs), { error: dutchErrorMap });
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
    h('fieldset', { className: 'form-section', key: 'company' },
      h('legend', { className: 'utrecht-heading-2' }, text['section.company']),
      kit.textField({ name: 'name', label: text.name, required: true, autoComplete: 'organization' }),
      kit.textField({
        name: 'kvk',
        label: text.kvk,
        hint: registering ? text['kvk.hint'] : text['kvk.readOnly'],
        required: true,
        inputMode: 'numeric',
        autoComplete: 'off',
        readOnly: !registering,
      }),
      kit.textField({ name: 'website', label: text.website, hint: text['website.hint'], required: false, type: 'url', autoComplete: 'url' }),
      kit.textField({ name: 'description', label: text.description, hint: text['description.hint'], required: false, multiline: true }),
    ),
    h('fieldset', { className: 'form-section', key: 'offer' },
      h('legend', { className: 'utrecht-heading-2' }, text['section.offer']),
      kit.choiceField({ name: 'offers', label: text.offers, required: true, options: offers, multiple: true }),
      kit.choiceField({ name: 'sectors', label: text.sectors, required: true, options: sectors, multiple: true }),
      kit.choiceField({ name: 'regions', label: text.regions, hint: text['regions.hint'], required: true, options: regions, multiple: true }),
      kit.choiceField({ name: 'languageLevel', label: text.languageLevel, hint: text['languageLevel.hint'], required: true, options: languageLevels, multiple: false }),
      kit.selectField({ name: 'educationLevel', label: text.educationLevel, required: false, options: educationLevels, emptyLabel: text['educationLevel.empty'] }),
      kit.choiceField({ name: 'skills', label: text.skills, hint: text['skills.hint'], required: false, options: skills, multiple: true, folded: text['skills.fold'] }),
    ),
    h('fieldset', { className: 'form-section', key: 'contact' },
      h('legend', { className: 'utrecht-heading-2' }, text['section.contact']),
      h('p', { className: 'utrecht-form-field-description' }, text.contactHint),
      kit.textField({ name: 'contact.name', label: text['contact.name'], required: true, autoComplete: 'name' }),
      kit.textField({ name: 'contact.email', label: text['contact.email'], hint: text['contact.email.hint'], required: true, type: 'email', autoComplete: 'email' }),
      kit.textField({ name: 'contact.phone', label: text['contact.phone'], required: false, type: 'tel', autoComplete: 'tel' }),
    ),
    kit.privacyNote(),
    registering ? kit.consentField(text.consent, idOf('privacy')) : null,
    ...(registering ? kit.traps(started) : []),
    h('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action', disabled: state.sending, key: 'submit' },
      state.sending ? kit.words.sending : (submitLabel ?? text.submit)),
  ];
  return h('form', { className: 'initiative-form employer-form', method: 'post', action: `/forms/werkgever?lang=${lang}`, noValidate: true, onSubmit }, ...children);
}
