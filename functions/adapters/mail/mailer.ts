/**
 * Which mail transport this runtime uses. Locally: the outbox folder. On AWS (the config carries
 * `aws`): SES, another `Mailer` (`functions/domain/ports.ts`) chosen here; nothing else changes.
 */
import path from 'node:path';
import type { Config } from '#config';
import { MailDeliveryError } from '#domain/errors';
import type { Mailer } from '#domain/ports';
import { createOutboxMailer } from './outbox-mailer.ts';
import { createSesMailer } from './ses-mailer.ts';
import type { Mailbox } from './rfc5322.ts';

/** The sender of every Werkpad mail: on AWS the verified `MAIL_FROM`, locally no-reply at the public host. */
export function senderOf(config: Pick<Config, 'publicBaseUrl' | 'aws'>): Mailbox {
  return { name: 'Werkpad', address: config.aws?.mailFrom ?? `no-reply@${new URL(config.publicBaseUrl).hostname}` };
}

/** The mailer for these settings: SES on AWS, else the outbox in `$DATA_DIR/outbox/`. */
export function mailerFor(config: Pick<Config, 'dataDir' | 'publicBaseUrl' | 'aws'>): Mailer {
  const transport = config.aws
    ? createSesMailer(senderOf(config))
    : createOutboxMailer(path.join(config.dataDir, 'outbox'), senderOf(config));
  return withDeliveryErrors(transport);
}

/**
 * The port's promise: whatever a transport throws becomes a `MailDeliveryError`, so a use case can
 * tell a failed mail (the state is stored; the upkeep resends) from a failed store.
 */
export function withDeliveryErrors(transport: Mailer): Mailer {
  return {
    async send(message) {
      try {
        await transport.send(message);
      } catch (cause) {
        throw cause instanceof MailDeliveryError ? cause : new MailDeliveryError(cause);
      }
    },
  };
}
