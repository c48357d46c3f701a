/**
 * An outgoing mail as the use cases compose it and every mail transport (the local outbox, SES)
 * sends it: one recipient, a subject and a plain-text body.
 */
import { z } from 'zod';

// Header values must never carry a line break: that is how header injection starts.
const headerText = z.string().min(1).max(300).regex(/^[^\r\n]*$/);

/** One outgoing plain-text mail. */
export const mailMessageSchema = z.strictObject({
  to: z.strictObject({ name: headerText.optional(), address: z.email().max(254) }),
  subject: headerText,
  text: z.string().min(1).max(100_000),
  /**
   * Unique id of this message without the angle brackets (`local@domain`); derived from the change
   * that caused it, so a retried change sends a mail that clients recognise as the same one.
   */
  messageId: z.string().regex(/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$/),
  /** When the mail's cause happened; the Date header. */
  date: z.date(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
