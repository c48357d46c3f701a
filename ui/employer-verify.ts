/**
 * The confirmation page of the employer register (`/werkgevers/bevestigen/`), in the parts both
 * runtimes render: the outcome of a confirmation, and the form that sends a pasted link without
 * JavaScript.
 *
 * The mail links carry their token in the URL fragment (`#token=…` to verify a registration,
 * `#confirm=…` for the yearly 'still open' question), which browsers never send to a server, so it
 * stays out of every access log and Referer. With JavaScript the page reads the fragment and posts
 * the token to the API (`site/islands/EmployerVerifyApp.tsx`). Without JavaScript nothing can read
 * the fragment, so the page asks for the link itself, pasted into a form that posts to
 * `/forms/werkgever-bevestigen` (a request body, which is not logged either); the form handler
 * answers with the outcome rendered from this module.
 */
import { createElement as h, type ReactElement } from 'react';
import { formLangOf, type FormLang } from './form-kit.ts';

/** How a confirmation ended. */
export type VerifyOutcome = 'verified' | 'confirmed' | 'confirmed-hidden' | 'gone' | 'not-found' | 'taken' | 'failed';

/** Which API a link calls: a new registration (`verify`) or the yearly question (`confirm`). */
export type VerifyKind = 'verify' | 'confirm';

const words = {
  nl: {
    lead: 'Bevestig met de knop hieronder dat uw bedrijf openstaat voor statushouders. Daarna komt het in het openbare register.',
    confirmLead: 'Staat uw bedrijf nog steeds open voor statushouders? Bevestig het met de knop hieronder; dan blijft het in het register.',
    button: 'Ja, bevestig mijn inschrijving',
    confirmButton: 'Ja, wij staan nog open voor statushouders',
    busy: 'Bezig met bevestigen…',
    verified: 'Uw inschrijving is bevestigd. Uw bedrijf staat binnen een paar minuten in het openbare register. U krijgt een e-mail met een link om de inschrijving te beheren.',
    confirmed: 'Dank u wel. U hebt bevestigd dat uw bedrijf nog openstaat voor statushouders. Het blijft een jaar in het register staan.',
    'confirmed-hidden': 'Dank u wel voor uw bevestiging. Uw inschrijving blijft wel verborgen: de redactie heeft haar verborgen. In de e-mail van de redactie staat waarom.',
    gone: 'Deze link is al gebruikt of verlopen. Er is niets veranderd. Is uw inschrijving nog niet bevestigd? Meld uw bedrijf dan opnieuw aan. Wilt u uw inschrijving beheren? Vraag dan een nieuwe beheerlink aan.',
    'not-found': 'We vinden geen inschrijving bij deze link. Controleer of u de hele link uit de e-mail hebt gebruikt.',
    taken: 'Dit KvK-nummer is intussen bevestigd door een andere inschrijving van hetzelfde bedrijf. Er is niets veranderd. Beheert u die inschrijving? Vraag dan een nieuwe beheerlink aan.',
    failed: 'Bevestigen lukte niet. Controleer uw verbinding en probeer het opnieuw.',
    noToken: 'Deze pagina werkt met de link uit uw e-mail. Open die link opnieuw.',
    toRegister: 'Naar het register van werkgevers',
    toManage: 'Nieuwe beheerlink aanvragen',
    toJoin: 'Werkgever aanmelden',
    pasteTitle: 'Bevestigen zonder JavaScript',
    pasteLead: 'Uw browser voert geen JavaScript uit. De code staat in het deel van de link dat alleen uw browser ziet. Plak daarom de hele link uit de e-mail hieronder en verstuur hem.',
    pasteLabel: 'Link uit de e-mail',
    pasteHint: 'De link begint met https:// en bevat #token= of #confirm=',
    pasteMissing: 'Plak de hele link uit de e-mail. Die bevat #token= of #confirm= met een lange code erachter.',
    pasteSend: 'Bevestigen',
    errorSummary: 'Er is een probleem',
  },
  en: {
    lead: 'Confirm with the button below that your company is open to refugees with a residence permit. It then appears in the public register.',
    confirmLead: 'Is your company still open to refugees with a residence permit? Confirm it with the button below, and it stays in the register.',
    button: 'Yes, confirm my registration',
    confirmButton: 'Yes, we are still open to them',
    busy: 'Confirming…',
    verified: 'Your registration is confirmed. Your company appears in the public register within a few minutes. You will get an e-mail with a link to manage the registration.',
    confirmed: 'Thank you. You confirmed that your company is still open to refugees with a residence permit. It stays in the register for another year.',
    'confirmed-hidden': 'Thank you for confirming. Your registration stays hidden, though: the editors have hidden it. Their e-mail says why.',
    gone: 'This link has already been used or has expired. Nothing has changed. Not confirmed yet? Then register your company again. Want to manage your registration? Then request a new manage link.',
    'not-found': 'We cannot find a registration for this link. Check that you used the whole link from the e-mail.',
    taken: 'This KvK number has meanwhile been confirmed by another registration of the same company. Nothing has changed. Do you manage that registration? Then request a new manage link.',
    failed: 'Confirming did not work. Check your connection and try again.',
    noToken: 'This page works with the link from your e-mail. Open that link again.',
    toRegister: 'To the register of employers',
    toManage: 'Request a new manage link',
    toJoin: 'Register as an employer',
    pasteTitle: 'Confirming without JavaScript',
    pasteLead: 'Your browser does not run JavaScript. The code is in the part of the link that only your browser sees. So paste the whole link from the e-mail below and send it.',
    pasteLabel: 'Link from the e-mail',
    pasteHint: 'The link starts with https:// and contains #token= or #confirm=',
    pasteMissing: 'Paste the whole link from the e-mail. It contains #token= or #confirm= followed by a long code.',
    pasteSend: 'Confirm',
    errorSummary: 'There is a problem',
  },
} as const satisfies Record<FormLang, Record<string, string>>;

/** The words of the confirmation page in the page's language (the island's button and status texts). */
export const verifyWords = (lang: string) => words[formLangOf(lang)];

/**
 * The token and its kind in a mail link, its fragment (`#token=…`, `#confirm=…`) or a bare token
 * (taken as a registration's); undefined when there is none.
 */
export function tokenOfLink(text: string): { kind: VerifyKind; token: string } | undefined {
  const trimmed = text.trim();
  const fragment = /[#&?](token|confirm)=([A-Za-z0-9_-]{20,200})/.exec(trimmed);
  if (fragment) return { kind: fragment[1] === 'confirm' ? 'confirm' : 'verify', token: fragment[2]! };
  if (/^[A-Za-z0-9_-]{20,200}$/.test(trimmed)) return { kind: 'verify', token: trimmed };
  return undefined;
}

const path = (lang: FormLang, p: string) => (lang === 'en' ? `/en${p}` : p);

/** The outcome as a message with the ways on: the register, the form, a new manage link. */
export function verifyOutcomeView(pageLang: string, outcome: VerifyOutcome): ReactElement {
  const lang = formLangOf(pageLang);
  const w = words[lang];
  const ok = outcome === 'verified' || outcome === 'confirmed' || outcome === 'confirmed-hidden';
  const links: [string, string][] = ok
    ? [[path(lang, '/werkgevers/'), w.toRegister]]
    : outcome === 'gone' || outcome === 'not-found'
      ? [[path(lang, '/werkgever-aanmelden/'), w.toJoin], [path(lang, '/werkgevers/beheren/'), w.toManage]]
      : outcome === 'taken'
        ? [[path(lang, '/werkgevers/beheren/'), w.toManage]]
        : [];
  return h('div', { className: 'employer-verify__outcome', 'data-outcome': outcome },
    h('div', { className: `utrecht-alert utrecht-alert--${ok ? 'ok' : 'warning'}`, role: ok ? 'status' : 'alert', tabIndex: -1, id: 'verify-outcome' },
      h('p', { className: 'utrecht-paragraph' }, w[outcome]),
    ),
    links.length > 0
      ? h('ul', { className: 'utrecht-unordered-list' },
          ...links.map(([href, label]) => h('li', { className: 'utrecht-unordered-list__item', key: href }, h('a', { className: 'utrecht-link', href }, label))),
        )
      : null,
  );
}

/** The form that sends a pasted mail link without JavaScript; `error` when the last one held no token. */
export function PasteLinkForm({ lang: pageLang, value = '', error = false }: { lang: string; value?: string; error?: boolean }): ReactElement {
  const lang = formLangOf(pageLang);
  const w = words[lang];
  const described = ['f-link-hint', error ? 'f-link-error' : ''].filter(Boolean).join(' ');
  return h('form', { className: 'employer-verify__paste', method: 'post', action: `/forms/werkgever-bevestigen?lang=${lang}`, noValidate: true },
    error
      ? h('div', { className: 'error-summary utrecht-alert utrecht-alert--error', role: 'alert', 'aria-labelledby': 'error-summary-title' },
          h('h2', { className: 'utrecht-heading-2 error-summary__title', id: 'error-summary-title' }, w.errorSummary),
          h('ul', { className: 'utrecht-unordered-list error-summary__list' },
            h('li', { className: 'utrecht-unordered-list__item' }, h('a', { className: 'utrecht-link', href: '#f-link' }, w.pasteMissing)),
          ),
        )
      : null,
    h('h2', { className: 'utrecht-heading-2' }, w.pasteTitle),
    h('p', { className: 'utrecht-paragraph' }, w.pasteLead),
    h('div', { className: `utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}` },
      h('div', { className: 'utrecht-form-field__label' }, h('label', { className: 'utrecht-form-label', htmlFor: 'f-link' }, w.pasteLabel)),
      h('p', { className: 'utrecht-form-field-description', id: 'f-link-hint' }, w.pasteHint),
      error ? h('p', { className: 'utrecht-form-field-error-message', id: 'f-link-error' }, w.pasteMissing) : null,
      h('div', { className: 'utrecht-form-field__input' },
        h('input', {
          className: `utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`,
          type: 'text',
          id: 'f-link',
          name: 'link',
          defaultValue: value,
          autoComplete: 'off',
          // As a string: Preact (the Lambda renderer) drops a false attribute, React writes it; both write 'false'.
          spellCheck: 'false',
          required: true,
          'aria-describedby': described,
          'aria-invalid': error || undefined,
        }),
      ),
    ),
    h('button', { type: 'submit', className: 'utrecht-button utrecht-button--primary-action' }, w.pasteSend),
  );
}
