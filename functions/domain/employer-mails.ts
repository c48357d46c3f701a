/**
 * The mails of the employer register, in plain Dutch (B1), addressing the reader as 'u' like the
 * site. Pure: the use case passes the entry, the contact, the link and the moment; the mailer
 * sends what comes out.
 *
 * The links (the site's pages read the token from the fragment, which browsers never send to a
 * server, so it stays out of every access log):
 *
 * | link           | URL                                               | the page then calls                              |
 * | -------------- | ------------------------------------------------- | ------------------------------------------------ |
 * | verify         | `<base>/werkgevers/bevestigen/#token=<token>`     | `POST /api/employers/verify` `{ token }`         |
 * | yearly confirm | `<base>/werkgevers/bevestigen/#confirm=<token>`   | `POST /api/employers/confirm` `{ token }`        |
 * | manage         | `<base>/werkgevers/beheren/#token=<token>`        | `POST`/`PATCH`/`DELETE /api/employers/manage`    |
 * | lost link      | `<base>/werkgevers/beheren/` (form, no token)     | `POST /api/employers/link` `{ kvk, email }`      |
 * | the register   | `<base>/werkgevers/`                              | —                                                |
 *
 * `<token>` is 43 base64url characters. `POST /api/employers/confirm` also takes a manage token,
 * so the manage page can offer 'still open' too.
 */
import type { EmployerContact, StoredEmployer } from '#contracts/employer';
import type { MailMessage } from '#contracts/mail';
import { CONFIRM_TOKEN_DAYS, STALE_AFTER_REMINDER_DAYS, UNVERIFIED_DAYS } from './employer-rules.ts';

/** Where a new registration is confirmed (`POST /api/employers/verify`). */
export function verifyLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/werkgevers/bevestigen/#token=${token}`;
}

/** Where the yearly 'still open' question is answered (`POST /api/employers/confirm`). */
export function confirmLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/werkgevers/bevestigen/#confirm=${token}`;
}

/** Where an employer manages its entry (`/api/employers/manage`). */
export function employerManageLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/werkgevers/beheren/#token=${token}`;
}

/** Where a lost manage link is asked for again. */
export function lostLinkPage(publicBaseUrl: string): string {
  return `${publicBaseUrl}/werkgevers/beheren/`;
}

/** The public register. */
export function registerPage(publicBaseUrl: string): string {
  return `${publicBaseUrl}/werkgevers/`;
}

function messageId(employer: StoredEmployer, what: string, publicBaseUrl: string): string {
  const host = new URL(publicBaseUrl).hostname || 'werkpad';
  // Derived from the change: a retried change sends the "same" mail, which mail clients fold into one.
  return `${what}.${employer.id}.v${employer.lastTransition.version}@${host}`;
}

function recipient(contact: EmployerContact): MailMessage['to'] {
  return { name: contact.name, address: contact.email };
}

const closing = ['', 'Met vriendelijke groet,', 'Werkpad'];

/** After registering: the link that confirms the e-mail address (7 days). */
export function verifyMail(employer: StoredEmployer, contact: EmployerContact, link: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Bevestig de aanmelding van uw bedrijf bij Werkpad',
    messageId: messageId(employer, 'werkgever-aanmelding', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `U hebt "${employer.employer.name}" (KvK ${employer.employer.kvk}) aangemeld voor het werkgeversregister van Werkpad.`,
      'Bevestig uw aanmelding met deze link:',
      link,
      '',
      `De link werkt ${UNVERIFIED_DAYS} dagen en één keer. Pas na uw bevestiging staat uw bedrijf in het register.`,
      `Hebt u zich niet aangemeld? Dan hoeft u niets te doen: na ${UNVERIFIED_DAYS} dagen verwijderen we de aanmelding en uw gegevens.`,
      ...closing,
    ].join('\n'),
  };
}

/** After verifying: the entry is in the register; the personal manage link. */
export function verifiedMail(employer: StoredEmployer, contact: EmployerContact, link: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw bedrijf staat in het werkgeversregister van Werkpad',
    messageId: messageId(employer, 'werkgever-bevestigd', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `Bedankt voor uw bevestiging. "${employer.employer.name}" staat nu in het werkgeversregister van Werkpad.`,
      'Binnen een paar minuten ziet u uw bedrijf op:',
      registerPage(publicBaseUrl),
      '',
      'In het register staan alleen de gegevens van uw bedrijf. Uw naam, e-mailadres en telefoonnummer staan er niet in.',
      '',
      'Met deze persoonlijke link wijzigt u uw gegevens of haalt u uw bedrijf uit het register:',
      link,
      '',
      'Deel deze link niet: iedereen met de link kan uw gegevens veranderen.',
      `Bent u de link kwijt? Vraag dan een nieuwe aan op ${lostLinkPage(publicBaseUrl)}`,
      ...closing,
    ].join('\n'),
  };
}

/** A lost manage link, asked for again with KvK number and e-mail address. */
export function manageLinkMail(employer: StoredEmployer, contact: EmployerContact, link: string, at: Date, publicBaseUrl: string): MailMessage {
  const host = new URL(publicBaseUrl).hostname || 'werkpad';
  return {
    to: recipient(contact),
    subject: 'Uw nieuwe beheerlink voor het werkgeversregister van Werkpad',
    // Not a change of the entry: each request is its own mail.
    messageId: `werkgever-beheerlink.${employer.id}.${at.getTime()}@${host}`,
    date: at,
    text: [
      `Beste ${contact.name},`,
      '',
      `U vroeg een nieuwe link aan om "${employer.employer.name}" te beheren in het werkgeversregister van Werkpad.`,
      'Met deze persoonlijke link wijzigt u uw gegevens of haalt u uw bedrijf uit het register:',
      link,
      '',
      'Deel deze link niet: iedereen met de link kan uw gegevens veranderen.',
      'Hebt u geen nieuwe link aangevraagd? Dan hoeft u niets te doen. Uw oude link blijft ook werken.',
      ...closing,
    ].join('\n'),
  };
}

/** The yearly question: is the company still open to statushouders? One click answers yes. */
export function reminderMail(employer: StoredEmployer, contact: EmployerContact, link: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Staat uw bedrijf nog open voor statushouders?',
    messageId: messageId(employer, 'werkgever-herinnering', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `"${employer.employer.name}" staat al een jaar in het werkgeversregister van Werkpad zonder dat u het bevestigde.`,
      'We houden het register actueel. Staat uw bedrijf nog open voor statushouders? Klik dan op deze link:',
      link,
      '',
      `Hoort u niets van ons en klikt u niet binnen ${STALE_AFTER_REMINDER_DAYS} dagen? Dan halen we uw bedrijf uit het zichtbare register.`,
      'We verwijderen niets: met dezelfde link zet u het later weer terug.',
      `De link werkt ${CONFIRM_TOKEN_DAYS} dagen.`,
      '',
      'Wilt u uw gegevens wijzigen of uw bedrijf uit het register halen? Gebruik dan uw beheerlink.',
      `Bent u die kwijt? Vraag een nieuwe aan op ${lostLinkPage(publicBaseUrl)}`,
      ...closing,
    ].join('\n'),
  };
}

/** The entry was hidden because nobody confirmed it; the link brings it back. */
export function staleMail(employer: StoredEmployer, contact: EmployerContact, link: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw bedrijf staat niet meer zichtbaar in het werkgeversregister',
    messageId: messageId(employer, 'werkgever-verouderd', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `Een maand geleden vroegen we of "${employer.employer.name}" nog openstaat voor statushouders. We kregen geen antwoord.`,
      'Daarom staat uw bedrijf nu niet meer zichtbaar in het register. We hebben niets verwijderd.',
      '',
      'Staat uw bedrijf nog open voor statushouders? Klik dan op deze link. Dan staat het binnen een paar minuten weer in het register:',
      link,
      ...closing,
    ].join('\n'),
  };
}

/** A moderator hid the entry; the mail carries the reason. */
export function hiddenMail(employer: StoredEmployer, contact: EmployerContact, reason: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw bedrijf is verborgen in het werkgeversregister van Werkpad',
    messageId: messageId(employer, 'werkgever-verborgen', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `Een moderator van Werkpad heeft "${employer.employer.name}" verborgen in het werkgeversregister.`,
      'Uw bedrijf staat nu niet zichtbaar in het register. We hebben niets verwijderd.',
      '',
      'De reden:',
      reason,
      '',
      'U kunt uw gegevens nog steeds aanpassen met uw beheerlink. Een moderator kan uw bedrijf daarna terugzetten.',
      ...closing,
    ].join('\n'),
  };
}

/** A moderator restored a hidden entry. */
export function restoredMail(employer: StoredEmployer, contact: EmployerContact, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw bedrijf staat weer in het werkgeversregister van Werkpad',
    messageId: messageId(employer, 'werkgever-teruggezet', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `Een moderator van Werkpad heeft "${employer.employer.name}" teruggezet. Binnen een paar minuten staat uw bedrijf weer op:`,
      registerPage(publicBaseUrl),
      ...closing,
    ].join('\n'),
  };
}

/** Confirms that the employer left. Sent just before the contact data is erased; no link (they no longer work). */
export function employerWithdrawalMail(employer: StoredEmployer, contact: EmployerContact, publicBaseUrl: string): MailMessage {
  const wasVisible = employer.lastTransition.from === 'verified';
  return {
    to: recipient(contact),
    subject: 'Uw bedrijf staat niet meer in het werkgeversregister van Werkpad',
    messageId: messageId(employer, 'werkgever-afmelding', publicBaseUrl),
    date: new Date(employer.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `U hebt "${employer.employer.name}" uit het werkgeversregister van Werkpad gehaald.`,
      ...(wasVisible ? ['Uw bedrijf is direct uit de zoekresultaten verdwenen. De pagina over uw bedrijf verdwijnt binnen een paar minuten.'] : []),
      '',
      'Direct na deze e-mail verwijderen we uw naam, e-mailadres en telefoonnummer.',
      'In onze back-ups kunnen ze nog tot 35 dagen staan. Daarna zijn ze helemaal weg.',
      'Uw beheerlink werkt niet meer.',
      '',
      'Hebt u dit niet zelf gedaan? Meld uw bedrijf dan opnieuw aan op Werkpad.',
      ...closing,
    ].join('\n'),
  };
}
