import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { LocalCrm } from '@/lib/crm/local/local-crm';
import type { Crm, NewsletterSubscriptionInput, NewsletterUnsubscribeInput } from '@/lib/crm/port';
import { openDatabase } from '@/lib/db';
import { createLogger } from '@/lib/log';
import { createLocalMailbox } from '@/lib/mail/local-mailbox';
import { listMailbox, readMailboxMessage } from '@/lib/mail/mailbox-reader';
import type { Mailer } from '@/lib/mail/port';
import { createOutbox, type Outbox } from '@/lib/outbox/outbox';
import { createOutboxWorker, type OutboxWorker } from '@/lib/outbox/worker';
import { createDeliveryHandlers } from '@/lib/submissions/handlers';

const SECRET = 'handlers-test-secret-with-enough-length-0123';
const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

function setup(crm: Crm, mailer: Mailer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'handlers-'));
  const outbox = createOutbox(openDatabase(path.join(dir, 'portico.db')), SECRET);
  const worker = createOutboxWorker({
    outbox,
    handlers: createDeliveryHandlers({ getCrm: () => crm, getMailer: () => mailer }),
    logger: createLogger('silent'),
    tunables: { backoffBaseMs: 2, backoffCapMs: 5, pollMs: 20 },
  });
  workers.push(worker);
  return { dir, outbox, worker };
}

async function settled(outbox: Outbox, id: string): Promise<string> {
  for (let i = 0; i < 1_000; i += 1) {
    const state = outbox.store.get(id)?.state;
    if (state && state !== 'pending') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`item ${id} still pending`);
}

const unusedMailer: Mailer = {
  send: () => Promise.reject(new Error('no mail expected')),
};

describe('delivery handlers', () => {
  it('makes one Lead in the local CRM per contact submission, its id kept in the outbox', async () => {
    const crmDb = openDatabase(':memory:');
    const { outbox } = setup(new LocalCrm(crmDb), unusedMailer);
    const id = outbox.enqueue('contact', {
      firstName: 'José',
      lastName: 'Núñez',
      email: 'jose@example.com',
      description: '<script>alert(1)</script> kept literally',
    });

    expect(await settled(outbox, id)).toBe('delivered');
    const leads = crmDb
      .prepare('SELECT id, submission_id, email, description FROM crm_leads')
      .all() as Array<{ id: string; submission_id: string; email: string; description: string }>;
    expect(leads).toEqual([
      {
        id: outbox.store.get(id)?.externalId,
        submission_id: id,
        email: 'jose@example.com',
        description: '<script>alert(1)</script> kept literally',
      },
    ]);
  });

  it('passes newsletter changes on with dates restored and the submission id', async () => {
    const calls: Array<NewsletterSubscriptionInput | NewsletterUnsubscribeInput> = [];
    const crm: Crm = {
      createLead: () => Promise.reject(new Error('unexpected')),
      subscribeToNewsletter: async (input) => {
        calls.push(input);
        return { id: '00Q000000000042' };
      },
      unsubscribeFromNewsletter: async (input) => {
        calls.push(input);
      },
    };
    const { outbox } = setup(crm, unusedMailer);
    const subscribe = outbox.enqueue('newsletter-subscribe', {
      email: 'li.lei@example.cn',
      firstName: '李雷',
      consent: {
        text: 'Send me the newsletter',
        version: '2026-01',
        givenAt: '2026-06-01T08:00:00.000Z',
      },
    });
    expect(await settled(outbox, subscribe)).toBe('delivered');
    const unsubscribe = outbox.enqueue('newsletter-unsubscribe', {
      email: 'li.lei@example.cn',
      at: '2026-06-02T09:00:00.000Z',
    });
    expect(await settled(outbox, unsubscribe)).toBe('delivered');

    expect(calls).toEqual([
      {
        submissionId: subscribe,
        email: 'li.lei@example.cn',
        firstName: '李雷',
        consent: {
          text: 'Send me the newsletter',
          version: '2026-01',
          givenAt: new Date('2026-06-01T08:00:00.000Z'),
        },
      },
      {
        submissionId: unsubscribe,
        email: 'li.lei@example.cn',
        at: new Date('2026-06-02T09:00:00.000Z'),
      },
    ]);
    expect(outbox.store.get(subscribe)?.externalId).toBe('00Q000000000042');
    expect(outbox.store.get(unsubscribe)?.externalId).toBeNull();
  });

  it('sends mail through the mail port under a Message-ID made from the submission id', async () => {
    const crm = new LocalCrm(openDatabase(':memory:'));
    const mailboxDir = path.join(mkdtempSync(path.join(tmpdir(), 'handlers-mail-')), 'mailbox');
    const { outbox } = setup(crm, createLocalMailbox(mailboxDir, 'Portico <hi@portico.example>'));
    const id = outbox.enqueue('mail', {
      to: 'ørsted@example.dk',
      subject: 'Confirm',
      text: 'https://site.example/confirm',
      headers: { 'List-Unsubscribe': '<https://site.example/u>' },
    });

    expect(await settled(outbox, id)).toBe('delivered');
    const [entry] = await listMailbox(mailboxDir);
    const message = await readMailboxMessage(mailboxDir, entry!.id);
    expect(message?.messageId).toBe(outbox.store.get(id)?.externalId);
    expect(message?.headers).toContainEqual({
      name: 'List-Unsubscribe',
      value: '<https://site.example/u>',
    });
  });

  it('dead-letters a payload that does not match its kind without calling the CRM', async () => {
    let calls = 0;
    const crm: Crm = {
      createLead: async () => {
        calls += 1;
        return { id: 'x' };
      },
      subscribeToNewsletter: async () => ({ id: 'x' }),
      unsubscribeFromNewsletter: async () => {},
    };
    const { outbox } = setup(crm, unusedMailer);
    const id = outbox.enqueue('contact', {
      email: 'jose@example.com',
      description: 'no last name',
      extra: 1,
    });

    expect(await settled(outbox, id)).toBe('dead');
    expect(outbox.store.get(id)).toMatchObject({ attempts: 1, lastErrorCode: 'invalid-payload' });
    expect(calls).toBe(0);
  });
});
