/**
 * The mail transport on AWS: Amazon SES (API v2), behind the same `Mailer` port as the local
 * outbox. The message is formatted once, as RFC 5322 text by `rfc5322.ts`, and handed to SES as a
 * raw message, so a mail reads the same whichever transport sent it. The Message-ID derived from
 * the change stays as a header, so a retried change sends a mail that clients recognise.
 *
 * The SDK client is created on the first mail and kept for the life of the function instance; the
 * SDK itself comes from the Lambda runtime (`@aws-sdk/*` is never bundled).
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { mailMessageSchema } from '#contracts/mail';
import type { Mailer } from '#domain/ports';
import { formatMessage, type Mailbox } from './rfc5322.ts';

type Sender = { client: SESv2Client; command: typeof import('@aws-sdk/client-sesv2').SendEmailCommand };
let sender: Promise<Sender> | undefined;

function sdk(): Promise<Sender> {
  sender ??= import('@aws-sdk/client-sesv2').then(({ SESv2Client, SendEmailCommand }) => ({
    // Fail fast rather than hold the request: the change is stored, and a retry sends the mail.
    client: new SESv2Client({ requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000 } }),
    command: SendEmailCommand,
  }));
  return sender;
}

/** A mailer that sends through SES as `from` (a verified identity). */
export function createSesMailer(from: Mailbox): Mailer {
  return {
    async send(message) {
      const checked = mailMessageSchema.parse(message);
      const { client, command } = await sdk();
      await client.send(
        new command({
          FromEmailAddress: from.address,
          Destination: { ToAddresses: [checked.to.address] },
          Content: { Raw: { Data: Buffer.from(formatMessage(checked, from), 'utf8') } },
        }),
      );
    },
  };
}
