import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOutboxMailer, outboxFileName } from '../../functions/adapters/mail/outbox-mailer.ts';
import { encodeHeaderText, encodeQuotedPrintable, formatDate, formatMailbox, formatMessage } from '../../functions/adapters/mail/rfc5322.ts';
import type { MailMessage } from '../../functions/contracts/mail.ts';
import { parseMail, readOutbox } from '../helpers/outbox.ts';

const message: MailMessage = {
  to: { name: 'Zoë "de" Vries', address: 'zoe@example.org' },
  subject: 'Je aanmelding is ontvangen — dank je',
  text: `Beste Zoë,\n\nKlik hier: https://werkpad.example.nl/initiatief/beheren/#token=${'A'.repeat(43)}\n${'lang '.repeat(60)}\nEinde = slot `,
  messageId: 'aanmelding.abc.v1@werkpad.example.nl',
  date: new Date('2026-03-02T10:00:00Z'),
};

describe('formatMessage', () => {
  const raw = formatMessage(message, { name: 'Werkpad', address: 'no-reply@werkpad.example.nl' });

  it('writes RFC 5322 headers with CRLF and no line over 78 octets', () => {
    expect(raw).toMatch(/^From: =\?UTF-8\?B\?V2Vya3BhZA==\?= <no-reply@werkpad\.example\.nl>\r\nTo: /);
    expect(raw).toContain('\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\n');
    expect(raw).toContain('\r\nMessage-ID: <aanmelding.abc.v1@werkpad.example.nl>\r\n');
    expect(raw).toContain('\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n');
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
    expect(raw.split('\r\n').every((line) => Buffer.byteLength(line) <= 78)).toBe(true);
  });

  it('reads back as the same names, subject and text', () => {
    const mail = parseMail(raw);
    expect(mail.headers.to).toBe('Zoë "de" Vries <zoe@example.org>');
    expect(mail.headers.subject).toBe(message.subject);
    expect(mail.text).toBe(`${message.text}\n`);
  });

  it('cannot be made to add a header through a name or subject', () => {
    expect(formatMailbox({ name: 'X\r\nBcc: alle@example.org', address: 'x@example.org' })).not.toMatch(/\r\nBcc/);
    expect(encodeHeaderText('Hoi\r\nBcc: alle@example.org')).toBe('Hoi Bcc: alle@example.org');
  });

  it('encodes quoted-printable by the rules: =, trailing space, non-ASCII, soft breaks', () => {
    expect(encodeQuotedPrintable('a=b ')).toBe('a=3Db=20');
    expect(encodeQuotedPrintable('é')).toBe('=C3=A9');
    expect(encodeQuotedPrintable('x'.repeat(80))).toBe(`${'x'.repeat(75)}=\r\n${'x'.repeat(5)}`);
    expect(formatDate(new Date('2026-12-31T23:59:59Z'))).toBe('Thu, 31 Dec 2026 23:59:59 +0000');
  });
});

describe('the outbox mailer', () => {
  it('writes one .eml per Message-ID, named by date, replacing a resend instead of adding one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkpad-outbox-'));
    try {
      const mailer = createOutboxMailer(path.join(dir, 'outbox'), { name: 'Werkpad', address: 'no-reply@localhost' });
      await mailer.send(message);
      await mailer.send(message);
      expect(readdirSync(path.join(dir, 'outbox'))).toEqual([outboxFileName(message)]);
      expect(outboxFileName(message)).toBe('20260302T100000Z-aanmelding.abc.v1@werkpad.example.nl.eml'.replace('@', '_'));
      expect(readOutbox(dir)[0]!.headers.subject).toBe(message.subject);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a message whose header would carry a line break', async () => {
    const mailer = createOutboxMailer(path.join(tmpdir(), 'werkpad-never'), { address: 'no-reply@localhost' });
    await expect(mailer.send({ ...message, subject: 'a\r\nBcc: x@example.org' })).rejects.toThrow();
  });
});
