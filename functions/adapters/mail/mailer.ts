/**
 * Which mail transport this runtime uses. Locally: the outbox folder. On AWS (the config carries
 * `aws`): SES, another `Mailer` (`functions/domain/ports.ts`) chosen here; nothing else changes.
 */
import path from 'node:path';
import type { Config } from '#config';
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
  if (config.aws) return createSesMailer(senderOf(config));
  return createOutboxMailer(path.join(config.dataDir, 'outbox'), senderOf(config));
}
