/**
 * The mails of the initiative flow, in plain Dutch (B1). Pure: the use case passes the link, the
 * moment and the ids; the mailer sends what comes out.
 */
import type { Submission } from '#contracts/initiative';
import type { MailMessage } from '#contracts/mail';

/** Where the submitter manages a submission. The token sits in the fragment, which browsers never send to a server, so it stays out of every access log. */
export function manageLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/initiatief/beheren/#token=${token}`;
}

function messageId(submission: Submission, what: string, publicBaseUrl: string): string {
  const host = new URL(publicBaseUrl).hostname || 'werkpad';
  // Derived from the change: a retried change sends the "same" mail, which mail clients fold into one.
  return `${what}.${submission.id}.v${submission.lastTransition.version}@${host}`;
}

function recipient(submission: Submission): MailMessage['to'] {
  return { name: submission.initiative.contact.name, address: submission.initiative.contact.email };
}

/** Confirms a new submission and carries its manage link. */
export function manageLinkMail(submission: Submission, link: string, publicBaseUrl: string): MailMessage {
  const { title } = submission.initiative;
  return {
    to: recipient(submission),
    subject: 'Je aanmelding bij Werkpad is ontvangen',
    messageId: messageId(submission, 'aanmelding', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${submission.initiative.contact.name},`,
      '',
      `Bedankt voor het aanmelden van "${title}" bij Werkpad.`,
      'Een moderator bekijkt je aanmelding. Je krijgt bericht als we haar niet plaatsen.',
      '',
      'Met deze persoonlijke link bekijk en verbeter je je aanmelding:',
      link,
      '',
      'Deel deze link niet: iedereen met de link kan je aanmelding veranderen.',
      'Na een wijziging bekijkt een moderator je aanmelding opnieuw.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}

/** Tells the submitter their submission was not published, and why. */
export function rejectionMail(submission: Submission, reason: string, publicBaseUrl: string): MailMessage {
  return {
    to: recipient(submission),
    subject: 'Je aanmelding bij Werkpad is niet geplaatst',
    messageId: messageId(submission, 'afwijzing', publicBaseUrl),
    date: new Date(submission.lastTransition.at),
    text: [
      `Beste ${submission.initiative.contact.name},`,
      '',
      `We hebben je aanmelding "${submission.initiative.title}" bekeken en plaatsen haar niet op Werkpad.`,
      '',
      'De reden:',
      reason,
      '',
      'Je kunt je aanmelding verbeteren met de link uit de eerste e-mail die je van ons kreeg.',
      'Daarna bekijkt een moderator haar opnieuw.',
      '',
      'Met vriendelijke groet,',
      'Werkpad',
    ].join('\n'),
  };
}
