/**
 * The embedded backends as a test sees them: the mailbox through the site's /dev/mailbox
 * pages (the raw message, parsed with mailparser), the CRM through the local CRM's own read
 * functions on the server's data directory.
 * @module
 */
import path from 'node:path';

import { decode } from 'html-entities';
import { simpleParser } from 'mailparser';

import type { LocalConsent, LocalLead } from '@/lib/crm/local/records';
import { listLocalConsents, listLocalLeads } from '@/lib/crm/local/records';
import { openDatabase } from '@/lib/db';

export interface ReceivedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Header values by lower-case name. */
  header: (name: string) => string | undefined;
}

/** Waits until `find` answers something, polling every 200 ms for up to `ms`. */
export async function eventually<T>(find: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`nothing turned up within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The mails listed at /dev/mailbox/ for `to`, newest first, fully read. */
export async function readMailbox(siteUrl: string, to: string): Promise<ReceivedMail[]> {
  const listing = await (await fetch(`${siteUrl}/dev/mailbox/`)).text();
  const mails: ReceivedMail[] = [];
  for (const row of listing.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const id = /href="\/dev\/mailbox\/([0-9a-f]{32})\/"/.exec(row[1] ?? '')?.[1];
    if (!id || !decode(row[1] ?? '').includes(to)) continue;
    const raw = await (await fetch(`${siteUrl}/dev/mailbox/${id}/raw/`)).text();
    const parsed = await simpleParser(raw);
    const headers = parsed.headers;
    mails.push({
      id,
      to,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      header: (name) => {
        const line = parsed.headerLines.find((entry) => entry.key === name.toLowerCase());
        if (line)
          return line.line
            .slice(line.line.indexOf(':') + 1)
            .replace(/\r?\n\s+/g, ' ')
            .trim();
        const value = headers.get(name.toLowerCase());
        return typeof value === 'string' ? value : undefined;
      },
    });
  }
  return mails;
}

/** Waits for the mail to `to` whose subject matches. */
export function waitForMail(siteUrl: string, to: string, subject: RegExp): Promise<ReceivedMail> {
  return eventually(async () =>
    (await readMailbox(siteUrl, to)).find((mail) => subject.test(mail.subject)),
  );
}

/** The local CRM of a server whose DATA_DIR is `dataDir`, read fresh on each call. */
export function localCrm(dataDir: string) {
  const read = <T>(list: (options: { db: ReturnType<typeof openDatabase> }) => T): T => {
    const db = openDatabase(path.join(dataDir, 'local-crm.db'));
    try {
      return list({ db });
    } finally {
      db.close();
    }
  };
  return {
    leads: (): LocalLead[] => read(listLocalLeads),
    consents: (): LocalConsent[] => read(listLocalConsents),
  };
}
