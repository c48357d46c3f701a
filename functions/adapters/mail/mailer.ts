/**
 * Which mail transport this runtime uses. Locally: the outbox folder. On AWS: SES, which arrives
 * with the infra issue as another `Mailer` (`functions/domain/ports.ts`) chosen here; nothing else
 * changes.
 */
import path from 'node:path';
import type { Config } from '#config';
import type { Mailer } from '#domain/ports';
import { createOutboxMailer } from './outbox-mailer.ts';
import type { Mailbox } from './rfc5322.ts';

/** The sender of every Werkpad mail: no-reply at the public host. */
export function senderOf(config: Pick<Config, 'publicBaseUrl'>): Mailbox {
  return { name: 'Werkpad', address: `no-reply@${new URL(config.publicBaseUrl).hostname}` };
}

/** The mailer for these settings: the outbox in `$DATA_DIR/outbox/`. */
export function mailerFor(config: Pick<Config, 'dataDir' | 'publicBaseUrl'>): Mailer {
  return createOutboxMailer(path.join(config.dataDir, 'outbox'), senderOf(config));
}
