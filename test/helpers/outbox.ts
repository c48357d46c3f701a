/**
 * Reads the local outbox (`$DATA_DIR/outbox/*.eml`) the way a mail client would: headers unfolded
 * and decoded (RFC 2047), the quoted-printable body decoded, so tests assert on what people read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One mail from the outbox. */
export type OutboxMail = { file: string; raw: string; headers: Record<string, string>; text: string };

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
}

/** Parses one `.eml` text. */
export function parseMail(raw: string, file = ''): OutboxMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { file, raw, headers, text: decodeQuotedPrintable(raw.slice(split + 4)) };
}

/** Every mail in `dataDir`'s outbox, oldest first; empty when there is no outbox yet. */
export function readOutbox(dataDir: string): OutboxMail[] {
  const dir = path.join(dataDir, 'outbox');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return files.map((f) => parseMail(readFileSync(path.join(dir, f), 'utf8'), f));
}

/** The manage token in a mail's manage link, or undefined. */
export function manageTokenIn(mail: OutboxMail): string | undefined {
  return /\/initiatief\/beheren\/#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
}
