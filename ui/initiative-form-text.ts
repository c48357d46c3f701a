/**
 * The words of the initiative form (`initiative-form.ts`) in Dutch and English, under the keys the
 * site's dictionaries use (`site/i18n/forms-*.ts` spreads them in), so pages, islands and the form
 * route read one source. The words every form shares come from `form-kit.ts`.
 */
import { formWords, type FormLang } from './form-kit.ts';

const shared = (lang: FormLang) => ({
  'form.required': formWords[lang].required,
  'form.requiredMark': formWords[lang].requiredMark,
  'form.optional': formWords[lang].optional,
  'form.errorSummary': formWords[lang].errorSummary,
  'form.honeypot': formWords[lang].honeypot,
  'form.sending': formWords[lang].sending,
  'form.rateLimited': formWords[lang].rateLimited,
  'form.failed': formWords[lang].failed,
  'form.automated': formWords[lang].automated,
});

const nl = {
  ...shared('nl'),
  'form.section.project': 'Over het project',
  'form.section.where': 'Waar en voor wie',
  'form.section.contact': 'Contactpersoon',
  'form.contactHint': 'Alleen de redactie ziet deze gegevens. Ze komen nooit op de website.',
  'form.field.title': 'Naam van het project',
  'form.field.organisation': 'Organisatie',
  'form.field.summary': 'Korte samenvatting',
  'form.field.summary.hint': 'Twee of drie korte zinnen in eenvoudige taal (20 tot 600 tekens).',
  'form.field.description': 'Beschrijving',
  'form.field.description.hint': 'Wat doet het project, hoe werkt het, met wie?',
  'form.field.website': 'Website',
  'form.field.website.hint': 'Een adres dat begint met https://',
  'form.field.results': 'Resultaten',
  'form.field.results.hint': 'Wat heeft het project tot nu toe opgeleverd? Noem alleen wat u kunt onderbouwen.',
  'form.field.regions': "Arbeidsmarktregio's",
  'form.field.sectors': 'Sectoren',
  'form.field.actionLines': 'Actielijnen van het plan',
  'form.field.approaches': 'Aanpak',
  'form.field.targetGroups': 'Doelgroepen',
  'form.field.contactName': 'Naam',
  'form.field.contactEmail': 'E-mailadres',
  'form.field.consent': 'Ik geef toestemming om mijn naam en e-mailadres te bewaren voor de behandeling van deze aanmelding. Zie de privacyverklaring.',
  'form.submit': 'Aanmelding versturen',
};

/** Dutch and English; both have every key (the type checks it). */
export const initiativeFormText: Record<FormLang, Record<keyof typeof nl, string>> = {
  nl,
  en: {
    ...shared('en'),
    'form.section.project': 'About the project',
    'form.section.where': 'Where and for whom',
    'form.section.contact': 'Contact person',
    'form.contactHint': 'Only the editors see these details. They never appear on the website.',
    'form.field.title': 'Project name',
    'form.field.organisation': 'Organisation',
    'form.field.summary': 'Short summary',
    'form.field.summary.hint': 'Two or three short sentences in plain language (20 to 600 characters).',
    'form.field.description': 'Description',
    'form.field.description.hint': 'What does the project do, how does it work, with whom?',
    'form.field.website': 'Website',
    'form.field.website.hint': 'An address starting with https://',
    'form.field.results': 'Results',
    'form.field.results.hint': 'What has the project achieved so far? Only mention what you can back up.',
    'form.field.regions': 'Labour market regions',
    'form.field.sectors': 'Sectors',
    'form.field.actionLines': 'Action lines of the plan',
    'form.field.approaches': 'Approach',
    'form.field.targetGroups': 'Target groups',
    'form.field.contactName': 'Name',
    'form.field.contactEmail': 'E-mail address',
    'form.field.consent': 'I agree that my name and e-mail address are kept to handle this submission. See the privacy statement.',
    'form.submit': 'Send submission',
  },
};

/** The keys, for the site dictionaries' types. */
export type InitiativeFormKey = keyof typeof nl;
