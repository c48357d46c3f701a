/**
 * `ui/` holds what the static site and the form routes both render: React form components and
 * their words. The site hydrates them as islands (`site/islands/`); a form handler
 * (`functions/handlers/form-*.ts`) renders them with `react-dom/server` when a post without
 * JavaScript comes back wrong. So `ui/` may import `functions/contracts/` (schemas, reference
 * data, messages) and nothing of `site/` or of the adapters: both sides import it, neither
 * imports the other.
 *
 * This module: the parts every Werkpad form is made of, in the NL Design System's (Utrecht) markup
 * — an error summary in the GOV.UK pattern, text fields, checkbox and radio groups, a select, the
 * consent box and the spam traps — each with its label, hint and message wired up for assistive
 * technology. Written with `createElement` instead of JSX so Node loads it in a handler as is.
 */
import { createElement as h, type ReactNode, type Ref } from 'react';
import { fieldOf, HONEYPOT_FIELD, STARTED_FIELD, type FieldMessages } from '../functions/contracts/initiative-form.ts';

/** Languages the forms exist in (the whole site exists in these). */
export type FormLang = 'nl' | 'en';

/** The form language of a page language: English on English pages, Dutch everywhere else. */
export const formLangOf = (lang: string): FormLang => (lang === 'en' ? 'en' : 'nl');

/** The words every form uses. */
export const formWords = {
  nl: {
    errorSummary: 'Er is een probleem',
    required: 'Velden met (verplicht) moet u invullen.',
    requiredMark: '(verplicht)',
    optional: '(niet verplicht)',
    honeypot: 'Laat dit veld leeg',
    sending: 'Bezig met versturen…',
    automated: 'We konden uw aanmelding niet aannemen. Wacht een paar seconden en verstuur het formulier opnieuw.',
    rateLimited: 'U heeft veel aanmeldingen kort na elkaar verstuurd. Wacht even en probeer het opnieuw.',
    tooLarge: 'Het formulier is te groot om te versturen. Maak de teksten korter en probeer het opnieuw.',
    failed: 'Versturen lukte niet. Controleer uw verbinding en probeer het opnieuw.',
    // One sentence around a link to the privacy statement: before, the link's text, after.
    privacyBefore: 'Lees in de ',
    privacyLink: 'privacyverklaring',
    privacyAfter: ' welke gegevens wij bewaren, waarom en hoe lang.',
  },
  en: {
    errorSummary: 'There is a problem',
    required: 'Fields marked (required) must be filled in.',
    requiredMark: '(required)',
    optional: '(optional)',
    honeypot: 'Leave this field empty',
    sending: 'Sending…',
    automated: 'We could not accept your submission. Wait a few seconds and send the form again.',
    rateLimited: 'You sent many submissions in a short time. Please wait a moment and try again.',
    tooLarge: 'The form is too large to send. Shorten the texts and try again.',
    failed: 'Sending failed. Check your connection and try again.',
    privacyBefore: 'Read in the ',
    privacyLink: 'privacy statement',
    privacyAfter: ' which details we keep, why and for how long.',
  },
} as const satisfies Record<FormLang, Record<string, string>>;

/** What sending a checked form resolved with: messages to show, or nothing when it worked. */
export type SendProblems = { errors?: FieldMessages; formError?: string | undefined } | void;

/** A reference term as `functions/contracts/taxonomy.ts` exports it. */
export type Option = { id: string | number; label: { nl: string; en: string } };

/** The id of a field's element: `contact.email` → `f-contact-email`. */
export const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;
/** Messages are sentences on the page: start them with a capital. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Field → first message, for messages keyed by zod path (`regions.3` counts for `regions`). */
export function byField(errors: FieldMessages): Map<string, string> {
  const map = new Map<string, string>();
  for (const [path, message] of Object.entries(errors)) if (!map.has(fieldOf(path))) map.set(fieldOf(path), message);
  return map;
}

/** What the parts need to know about the form they sit in. */
export interface FormState {
  lang: FormLang;
  /** Values to show, as form pairs (`[name, value]`, repeated names for lists). */
  values: readonly [string, string][];
  /** Messages per field (see `byField`), already in the form's language. */
  messages: Map<string, string>;
}

/** Text input or textarea. */
export interface TextFieldSpec {
  name: string;
  label: string;
  hint?: string | undefined;
  required: boolean;
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'url' | 'text';
  readOnly?: boolean;
}

/** A group of checkboxes (many) or radio buttons (one). */
export interface ChoiceFieldSpec {
  name: string;
  label: string;
  hint?: string | undefined;
  required: boolean;
  options: readonly Option[];
  multiple: boolean;
  /**
   * For a long optional list: the options fold away under this text (`<details>`), open when one
   * is chosen or the field has a message.
   */
  folded?: string;
}

/** The parts of one form, bound to its state. */
export function formKit({ lang, values, messages }: FormState) {
  const words = formWords[lang];
  const value = (name: string) => values.find(([n]) => n === name)?.[1] ?? '';
  const checked = (name: string, id: string | number) => values.some(([n, v]) => n === name && v === String(id));
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const mark = (required: boolean) => h('span', { className: 'form-mark' }, required ? words.requiredMark : words.optional);
  const errorMessage = (name: string) =>
    messages.has(name) ? h('p', { className: 'utrecht-form-field-error-message', id: `${idOf(name)}-error` }, sentence(messages.get(name)!)) : null;
  const hint = (name: string, text: string | undefined) =>
    text ? h('p', { className: 'utrecht-form-field-description', id: `${idOf(name)}-hint` }, text) : null;

  /** A text input or textarea with its label, hint and message. */
  function textField(f: TextFieldSpec): ReactNode {
    const invalid = messages.has(f.name);
    const common = {
      id: idOf(f.name),
      name: f.name,
      defaultValue: value(f.name),
      'aria-describedby': describedBy(f.hint && `${idOf(f.name)}-hint`, invalid && `${idOf(f.name)}-error`),
      'aria-invalid': invalid || undefined,
      required: f.required,
      autoComplete: f.autoComplete,
      inputMode: f.inputMode,
      readOnly: f.readOnly,
    };
    return h(
      'div',
      { className: `utrecht-form-field utrecht-form-field--text${invalid ? ' utrecht-form-field--invalid' : ''}`, key: f.name },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: idOf(f.name) }, f.label, ' ', mark(f.required))),
      hint(f.name, f.hint),
      errorMessage(f.name),
      h('div', { className: 'utrecht-form-field__input' },
        f.multiline
          ? h('textarea', { ...common, className: `utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`, rows: 5 })
          : h('input', {
              ...common,
              type: f.type ?? 'text',
              className: `utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`,
            }),
      ),
    );
  }

  /** Checkboxes or radio buttons in a fieldset; the fieldset takes focus from the error summary. */
  function choiceField(f: ChoiceFieldSpec): ReactNode {
    const invalid = messages.has(f.name);
    const type = f.multiple ? 'checkbox' : 'radio';
    return h(
      'fieldset',
      {
        className: `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group${invalid ? ' utrecht-form-fieldset--invalid' : ''}`,
        key: f.name,
        id: idOf(f.name),
        tabIndex: -1,
        'aria-describedby': describedBy(f.hint && `${idOf(f.name)}-hint`, invalid && `${idOf(f.name)}-error`),
        'aria-invalid': invalid || undefined,
      },
      h('legend', { className: 'utrecht-form-fieldset__legend' }, f.label, ' ', mark(f.required)),
      hint(f.name, f.hint),
      errorMessage(f.name),
      fold(f, h('div', { className: 'choice-group__options' },
        ...f.options.map((o) => {
          const id = `${idOf(f.name)}-${o.id}`;
          return h('div', { className: 'choice', key: id },
            h('input', {
              type,
              className: f.multiple ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input',
              id,
              name: f.name,
              value: String(o.id),
              defaultChecked: checked(f.name, o.id),
            }),
            h('label', { className: `utrecht-form-label utrecht-form-label--${type}`, htmlFor: id }, o.label[lang]),
          );
        }),
      )),
    );
  }

  /** The options as they are, or folded under `f.folded`. */
  function fold(f: ChoiceFieldSpec, options: ReactNode): ReactNode {
    if (!f.folded) return options;
    const open = messages.has(f.name) || values.some(([n]) => n === f.name);
    return h('details', { className: 'choice-group__fold', open }, h('summary', { className: 'utrecht-link' }, f.folded), options);
  }

  /** A select with an empty first option ("no requirement"), for an optional single choice. */
  function selectField(f: Omit<ChoiceFieldSpec, 'multiple'> & { emptyLabel: string }): ReactNode {
    const invalid = messages.has(f.name);
    return h(
      'div',
      { className: `utrecht-form-field${invalid ? ' utrecht-form-field--invalid' : ''}`, key: f.name },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: idOf(f.name) }, f.label, ' ', mark(f.required))),
      hint(f.name, f.hint),
      errorMessage(f.name),
      h('div', { className: 'utrecht-form-field__input' },
        h('select', {
          id: idOf(f.name),
          name: f.name,
          className: `utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`,
          defaultValue: value(f.name),
          'aria-describedby': describedBy(f.hint && `${idOf(f.name)}-hint`, invalid && `${idOf(f.name)}-error`),
          'aria-invalid': invalid || undefined,
        },
          h('option', { value: '' }, f.emptyLabel),
          ...f.options.map((o) => h('option', { key: String(o.id), value: String(o.id) }, o.label[lang])),
        ),
      ),
    );
  }

  /** The consent checkbox; `described` is the id of a text that explains it (the privacy note). */
  function consentField(label: string, described?: string): ReactNode {
    const invalid = messages.has('consent');
    return h('div', { className: `utrecht-form-field${invalid ? ' utrecht-form-field--invalid' : ''}`, key: 'consent' },
      errorMessage('consent'),
      h('div', { className: 'choice' },
        h('input', {
          type: 'checkbox',
          className: 'utrecht-checkbox utrecht-checkbox--html-input',
          id: idOf('consent'),
          name: 'consent',
          value: 'true',
          defaultChecked: value('consent') === 'true',
          required: true,
          'aria-describedby': describedBy(described, invalid && `${idOf('consent')}-error`),
          'aria-invalid': invalid || undefined,
        }),
        h('label', { className: 'utrecht-form-label utrecht-form-label--checkbox', htmlFor: idOf('consent') }, label),
      ),
    );
  }

  /**
   * The sentence that links the privacy statement (every form that asks for personal data has
   * it); its id is what the consent box refers to.
   */
  function privacyNote(): ReactNode {
    return h('p', { className: 'utrecht-paragraph', id: idOf('privacy'), key: 'privacy' },
      words.privacyBefore, h('a', { className: 'utrecht-link', href: lang === 'en' ? '/en/privacy/' : '/privacy/' }, words.privacyLink), words.privacyAfter,
    );
  }

  /** The honeypot (invisible to people and to assistive technology) and the fill-time token. */
  function traps(started: string): ReactNode[] {
    return [
      h('div', { className: 'trap', 'aria-hidden': 'true', key: 'trap' },
        h('label', { htmlFor: idOf(HONEYPOT_FIELD) }, words.honeypot),
        h('input', { type: 'text', id: idOf(HONEYPOT_FIELD), name: HONEYPOT_FIELD, tabIndex: -1, autoComplete: 'off', defaultValue: '' }),
      ),
      h('input', { type: 'hidden', name: STARTED_FIELD, value: started, key: 'started', readOnly: true }),
    ];
  }

  return { words, value, textField, choiceField, selectField, consentField, privacyNote, traps };
}

/**
 * The error summary: a heading, a sentence for the whole form, and a link to every wrong field.
 * It takes focus (through `ref`) when it appears after a submit in the browser.
 */
export function errorSummary(lang: FormLang, errors: FieldMessages, formError: string | undefined, ref?: Ref<HTMLDivElement>): ReactNode {
  const items = [...byField(errors)];
  if (items.length === 0 && !formError) return null;
  return h('div', { className: 'error-summary utrecht-alert utrecht-alert--error', ref, tabIndex: -1, role: 'alert', 'aria-labelledby': 'error-summary-title', key: 'summary' },
    h('h2', { className: 'utrecht-heading-2 error-summary__title', id: 'error-summary-title' }, formWords[lang].errorSummary),
    formError ? h('p', { className: 'utrecht-paragraph' }, formError) : null,
    items.length > 0
      ? h('ul', { className: 'utrecht-unordered-list error-summary__list' },
          ...items.map(([field, message]) =>
            h('li', { key: field, className: 'utrecht-unordered-list__item' }, h('a', { className: 'utrecht-link', href: `#${idOf(field)}` }, sentence(message))),
          ),
        )
      : null,
  );
}
