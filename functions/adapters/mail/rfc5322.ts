/**
 * Formats a mail as an RFC 5322 message (with MIME, RFC 2045–2047): CRLF line ends, non-ASCII
 * header text as encoded words, the body as UTF-8 quoted-printable so no line exceeds 76 octets.
 * Pure, so the outbox and any later transport that takes raw messages share it.
 */
import type { MailMessage } from '#contracts/mail';

/** A mailbox: display name and address. */
export type Mailbox = { name?: string | undefined; address: string };

const CRLF = '\r\n';

// RFC 2047 encoded word in base64; a long value becomes several words on folded lines.
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    // 45 bytes of UTF-8 become 60 base64 characters: each word stays under the 75-character limit.
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** A header value: as is when printable ASCII, else encoded words. Line breaks never survive. */
export function encodeHeaderText(text: string): string {
  const single = text.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7E]*$/.test(single) && single.length <= 900 ? single : encodedWords(single);
}

/** `"Name" <address>`, the name always as an encoded word so no character in it can break the header. */
export function formatMailbox({ name, address }: Mailbox): string {
  return name ? `${encodedWords(name.replace(/[\r\n]+/g, ' '))} <${address}>` : `<${address}>`;
}

/** RFC 5322 date-time, in UTC: `Tue, 05 May 2026 14:03:09 +0000`. */
export function formatDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line ends and soft breaks at 76. */
export function encodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let width = 0;
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        const last = i === bytes.length - 1;
        // Printable ASCII except `=`; space and tab only when not at the end of the line.
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const piece = literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + piece.length > 75) {
          out += `=${CRLF}`;
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out;
    })
    .join(CRLF);
}

/** The complete message text, ready to be written as `.eml` or handed to a raw-mail API. */
export function formatMessage(message: MailMessage, from: Mailbox): string {
  const headers = [
    `From: ${formatMailbox(from)}`,
    `To: ${formatMailbox(message.to)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${formatDate(message.date)}`,
    `Message-ID: <${message.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${encodeQuotedPrintable(message.text)}${CRLF}`;
}
