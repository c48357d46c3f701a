/**
 * The local mail transport (DESIGN.md, "Two runtimes"): every mail becomes an RFC 5322 `.eml` file
 * in `$DATA_DIR/outbox/`, which any mail client opens. Nothing leaves the machine.
 *
 * The file name is derived from the message's date and Message-ID, so a mail sent again by a
 * retried change replaces its earlier copy instead of piling up next to it.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mailMessageSchema, type MailMessage } from '#contracts/mail';
import type { Mailer } from '#domain/ports';
import { formatMessage, type Mailbox } from './rfc5322.ts';

/** The `.eml` file name of a message: sortable by date, unique per Message-ID. */
export function outboxFileName(message: Pick<MailMessage, 'date' | 'messageId'>): string {
  const stamp = message.date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${message.messageId.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`;
}

/** A mailer that writes to `dir` (created on first use), sending as `from`. */
export function createOutboxMailer(dir: string, from: Mailbox): Mailer {
  return {
    async send(message) {
      const checked = mailMessageSchema.parse(message);
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, outboxFileName(checked));
      // Write then rename: a reader (or a test) never sees half a message.
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, formatMessage(checked, from), { mode: 0o600 });
      await rename(temp, file);
    },
  };
}
