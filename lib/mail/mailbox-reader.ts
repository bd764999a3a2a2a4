import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

import { simpleParser, type AddressObject } from 'mailparser';

import { MAILBOX_ID } from '@/lib/mail/local-mailbox';

/** One mail of the local mailbox, as /dev/mailbox lists it. */
export interface MailboxEntry {
  id: string;
  from: string;
  to: string;
  subject: string;
  /** The Date header, ISO; undefined when missing or unreadable. */
  date?: string;
  /** When the mailbox stored it (the file's time), ms since the epoch: the listing's order. */
  storedAt: number;
}

export interface MailboxMessage extends MailboxEntry {
  messageId?: string;
  /** Headers worth seeing (List-Unsubscribe …), unfolded, as they are in the message. */
  headers: Array<{ name: string; value: string }>;
  text: string;
  raw: string;
}

const HEADERS_OF_INTEREST = [
  'message-id',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'reply-to',
  'content-type',
];

function fileOf(dir: string, id: string): string {
  return path.join(/*turbopackIgnore: true*/ dir, `${id}.eml`);
}

function storedFiles(dir: string): Array<{ id: string; storedAt: number }> {
  let names: string[];
  try {
    names = readdirSync(/*turbopackIgnore: true*/ dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.eml') && MAILBOX_ID.test(name.slice(0, -4)))
    .map((name) => {
      const id = name.slice(0, -4);
      return { id, storedAt: statSync(fileOf(dir, id)).mtimeMs };
    });
}

function addressText(address: AddressObject | AddressObject[] | undefined): string {
  if (!address) return '';
  return (Array.isArray(address) ? address : [address]).map((entry) => entry.text).join(', ');
}

async function parse(dir: string, id: string, storedAt: number): Promise<MailboxMessage> {
  const raw = readFileSync(fileOf(dir, id), 'utf8');
  const mail = await simpleParser(raw);
  const headers = mail.headerLines
    .filter((line) => HEADERS_OF_INTEREST.includes(line.key))
    .map((line) => {
      const separator = line.line.indexOf(':');
      return {
        name: line.line.slice(0, separator),
        // RFC 5322 unfolding: a line break followed by white space is removed.
        value: line.line
          .slice(separator + 1)
          .replace(/\r?\n(?=[ \t])/g, '')
          .trim(),
      };
    });
  return {
    id,
    from: addressText(mail.from),
    to: addressText(mail.to),
    subject: mail.subject ?? '',
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined,
    storedAt,
    messageId: mail.messageId,
    headers,
    text: mail.text ?? '',
    raw,
  };
}

/** The newest `limit` mails of the mailbox in `dir`, newest first. */
export async function listMailbox(dir: string, limit = 100): Promise<MailboxEntry[]> {
  const newest = storedFiles(dir)
    .sort((a, b) => b.storedAt - a.storedAt || a.id.localeCompare(b.id))
    .slice(0, limit);
  const parsed = await Promise.all(newest.map((file) => parse(dir, file.id, file.storedAt)));
  return parsed.map(({ id, from, to, subject, date, storedAt }) => ({
    id,
    from,
    to,
    subject,
    date,
    storedAt,
  }));
}

/** One mail by id, or undefined for an id that is malformed or not in the mailbox. */
export async function readMailboxMessage(
  dir: string,
  id: string,
): Promise<MailboxMessage | undefined> {
  if (!MAILBOX_ID.test(id)) return undefined;
  try {
    return await parse(dir, id, statSync(fileOf(dir, id)).mtimeMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Retention: deletes the mails stored before `cutoff`; answers how many. */
export function purgeMailboxFilesBefore(dir: string, cutoff: Date): number {
  const old = storedFiles(dir).filter((file) => file.storedAt < cutoff.getTime());
  for (const file of old) unlinkSync(fileOf(dir, file.id));
  return old.length;
}
