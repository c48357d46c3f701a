/**
 * The mails of the initiative flow, in plain Dutch (B1), addressing the reader as 'u' like the site. Pure: the use case passes the contact,
 * the link, the moment and the ids; the mailer sends what comes out. The contact is a parameter
 * because a withdrawn submission no longer has one: only the use case knows it still may mail.
 */
import type { Contact, Submission } from '#contracts/initiative';
import type { MailMessage } from '#contracts/mail';
import { practiceIdOf } from './publication.ts';

/** Where the submitter manages a submission. The token sits in the fragment, which browsers never send to a server, so it stays out of every access log. */
export function manageLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/initiatief/beheren/#token=${token}`;
}

function messageId(submission: Submission, what: string, publicBaseUrl: string): string {
  const host = new URL(publicBaseUrl).hostname || 'werkpad';
  // Derived from the change: a retried change sends the "same" mail, which mail clients fold into one.
  return `${what}.${submission.id}.v${submission.lastTransition.version}@${host}`;
}

function recipient(contact: Contact): MailMessage['to'] {
  return { name: contact.name, address: contact.email };
}

/** Confirms a new submission and carries its manage link. */
export function manageLinkMail(submission: Submission, contact: Contact, link: string, publicBaseUrl: string): MailMessage {
  const { title } = submission.initiative;
  return {
    to: recipient(contact),
    subject: 'Uw aanmelding bij Werkpad is ontvangen',
    messageId: messageId(submission, 'aanmelding', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `Bedankt voor het aanmelden van "${title}" bij Werkpad.`,
      'Een moderator bekijkt uw aanmelding. U krijgt bericht zodra er een besluit is.',
      '',
      'Met deze persoonlijke link bekijkt en verbetert u uw aanmelding:',
      link,
      '',
      'Deel deze link niet: iedereen met de link kan uw aanmelding veranderen.',
      'Na een wijziging bekijkt een moderator uw aanmelding opnieuw.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}

/** Where a published submission appears on the site. */
export function practiceUrl(publicBaseUrl: string, submission: Pick<Submission, 'id'>): string {
  return `${publicBaseUrl}/praktijkvoorbeelden/${practiceIdOf(submission)}/`;
}

/** Tells the submitter their submission was approved and where its page appears. */
export function approvalMail(submission: Submission, contact: Contact, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw aanmelding staat op Werkpad',
    messageId: messageId(submission, 'goedkeuring', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `We hebben uw aanmelding "${submission.initiative.title}" goedgekeurd.`,
      'Binnen een paar minuten staat de pagina over uw initiatief op Werkpad:',
      practiceUrl(publicBaseUrl, submission),
      '',
      'Uw naam en e-mailadres staan niet op de pagina.',
      'Wilt u iets verbeteren of uw aanmelding intrekken? Gebruik dan de link uit de eerste e-mail die u van ons kreeg.',
      'Na een verbetering bekijkt een moderator uw aanmelding opnieuw.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}

/** Tells the submitter their submission was not published, and why. */
export function rejectionMail(submission: Submission, contact: Contact, reason: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(contact),
    subject: 'Uw aanmelding bij Werkpad is niet geplaatst',
    messageId: messageId(submission, 'afwijzing', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `We hebben uw aanmelding "${submission.initiative.title}" bekeken en plaatsen haar niet op Werkpad.`,
      '',
      'De reden:',
      reason,
      '',
      'U kunt uw aanmelding verbeteren met de link uit de eerste e-mail die u van ons kreeg.',
      'Daarna bekijkt een moderator haar opnieuw.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}

/**
 * Confirms a withdrawal. Sent just before the address is erased, so it says what happens next
 * rather than what already happened; it carries no link (the manage link no longer works).
 */
export function withdrawalMail(submission: Submission, contact: Contact, publicBaseUrl: string): MailMessage {
  const wasPublished = submission.lastTransition.from === 'published';
  return {
    to: recipient(contact),
    subject: 'Uw aanmelding bij Werkpad is ingetrokken',
    messageId: messageId(submission, 'intrekking', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${contact.name},`,
      '',
      `U hebt uw aanmelding "${submission.initiative.title}" bij Werkpad ingetrokken.`,
      ...(wasPublished ? ['De pagina over uw initiatief verdwijnt binnen een paar minuten van de website.'] : []),
      '',
      'Direct na deze e-mail verwijderen we uw naam en e-mailadres.',
      'In onze back-ups kunnen ze nog tot 35 dagen staan. Daarna zijn ze helemaal weg.',
      'De link om uw aanmelding te beheren werkt niet meer.',
      '',
      'Hebt u uw aanmelding niet zelf ingetrokken? Meld uw initiatief dan opnieuw aan op Werkpad.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}
