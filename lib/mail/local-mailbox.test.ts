import { mkdtempSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createLocalMailbox } from '@/lib/mail/local-mailbox';
import {
  listMailbox,
  purgeMailboxFilesBefore,
  readMailboxMessage,
} from '@/lib/mail/mailbox-reader';
import type { MailMessage } from '@/lib/mail/port';

const FROM = 'Portico <no-reply@portico.example>';
const NEWSLETTER: MailMessage = {
  to: 'José Núñez <jose@example.com>',
  subject: 'Bitte bestätigen: Ihr Newsletter',
  text: 'Hello,\n\nconfirm here:\nhttps://site.example/newsletter/confirm/?token=abc.def\n',
  headers: {
    'List-Unsubscribe': '<https://site.example/newsletter/unsubscribe/one-click/?token=xyz>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
};

function tempDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'mailbox-')), 'mailbox');
}

describe('local mailbox', () => {
  it('stores a real RFC 5322 message that parses back with its headers', async () => {
    const dir = tempDir();
    const sent = await createLocalMailbox(dir, FROM).send(NEWSLETTER, { idempotencyKey: 'sub-1' });

    const [entry] = await listMailbox(dir);
    const message = await readMailboxMessage(dir, entry!.id);
    expect(message).toMatchObject({
      from: '"Portico" <no-reply@portico.example>',
      to: '"José Núñez" <jose@example.com>',
      subject: 'Bitte bestätigen: Ihr Newsletter',
      messageId: sent.messageId,
      text: NEWSLETTER.text,
    });
    expect(message?.headers).toEqual(
      expect.arrayContaining([
        { name: 'List-Unsubscribe', value: NEWSLETTER.headers!['List-Unsubscribe'] },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ]),
    );
    expect(message?.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(message?.raw).toMatch(/^Date: .+$/m);
    expect(statSync(path.join(dir, `${entry!.id}.eml`)).mode & 0o777).toBe(0o600);
  });

  it('keeps one file for a mail resent with the same key, with the same Message-ID', async () => {
    const dir = tempDir();
    const mailbox = createLocalMailbox(dir, FROM);
    const first = await mailbox.send(NEWSLETTER, { idempotencyKey: 'sub-2' });
    const again = await mailbox.send(
      { ...NEWSLETTER, subject: 'changed' },
      { idempotencyKey: 'sub-2' },
    );
    await mailbox.send(NEWSLETTER, { idempotencyKey: 'sub-3' });

    expect(again.messageId).toBe(first.messageId);
    expect(first.messageId).toMatch(/^<[0-9a-f]{32}@portico\.example>$/);
    expect(readdirSync(dir).sort()).toHaveLength(2);
    const subjects = (await listMailbox(dir)).map((entry) => entry.subject);
    expect(subjects).not.toContain('changed');
  });

  it('lists newest first and purges by age', async () => {
    const dir = tempDir();
    const mailbox = createLocalMailbox(dir, FROM);
    for (const subject of ['one', 'two', 'three']) {
      await mailbox.send({ ...NEWSLETTER, subject });
    }
    const entries = await listMailbox(dir);
    const ages = { one: 3, two: 2, three: 1 } as Record<string, number>;
    for (const entry of entries) {
      const when = new Date(Date.UTC(2026, 0, 10 - ages[entry.subject]!));
      utimesSync(path.join(dir, `${entry.id}.eml`), when, when);
    }
    expect((await listMailbox(dir)).map((entry) => entry.subject)).toEqual(['three', 'two', 'one']);

    expect(purgeMailboxFilesBefore(dir, new Date(Date.UTC(2026, 0, 8)))).toBe(1);
    expect((await listMailbox(dir)).map((entry) => entry.subject)).toEqual(['three', 'two']);
  });

  it('answers undefined for an unknown or malformed id, reading nothing outside the mailbox', async () => {
    const dir = tempDir();
    await createLocalMailbox(dir, FROM).send(NEWSLETTER);
    expect(await readMailboxMessage(dir, '0'.repeat(32))).toBeUndefined();
    expect(await readMailboxMessage(dir, '../portico-secret')).toBeUndefined();
    expect(await listMailbox(path.join(dir, 'missing'))).toEqual([]);
  });
});
