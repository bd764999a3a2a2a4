import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Crm, Customer, CustomerCrm, ErasureRequestInput } from '@/lib/crm/port';
import { openDatabase } from '@/lib/db';
import { createLogger } from '@/lib/log';
import type { MailMessage, Mailer } from '@/lib/mail/port';
import { createOutbox, type Outbox } from '@/lib/outbox/outbox';
import { createOutboxWorker, type OutboxWorker } from '@/lib/outbox/worker';
import { createDeliveryHandlers } from '@/lib/submissions/handlers';

// The customer accounts' kinds: sign-in links (mailed only to customers), account mail and
// erasure requests.
const SECRET = 'account-handlers-test-secret-0123456789abcdef';
const MIRA: Customer = {
  id: '003000000000001',
  accountId: '001000000000001',
  email: 'mira@example.com',
  firstName: 'Mira',
  lastName: 'Quillfeather',
};
const workers: OutboxWorker[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

const unused = () => Promise.reject(new Error('not expected'));
const noCrm: Crm = {
  createLead: unused,
  subscribeToNewsletter: unused,
  unsubscribeFromNewsletter: unused,
};

function customerCrm(overrides: Partial<CustomerCrm>): CustomerCrm {
  return {
    findCustomerByEmail: async (email) => (email === MIRA.email ? MIRA : null),
    getCustomer: unused,
    listOrders: unused,
    getOrder: unused,
    exportCustomerData: unused,
    requestErasure: unused,
    ...overrides,
  };
}

function setup(crm: CustomerCrm) {
  const sent: Array<{ message: MailMessage; key?: string }> = [];
  const mailer: Mailer = {
    send: async (message, options) => {
      sent.push({ message, key: options?.idempotencyKey });
      return { messageId: `<${options?.idempotencyKey}@test>` };
    },
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'account-handlers-'));
  const outbox = createOutbox(openDatabase(path.join(dir, 'portico.db')), SECRET);
  workers.push(
    createOutboxWorker({
      outbox,
      handlers: createDeliveryHandlers({
        getCrm: () => noCrm,
        getMailer: () => mailer,
        getCustomerCrm: () => crm,
      }),
      logger: createLogger('silent'),
      tunables: { backoffBaseMs: 2, backoffCapMs: 5, pollMs: 20 },
    }),
  );
  return { outbox, sent };
}

async function settled(outbox: Outbox, id: string): Promise<string> {
  for (let i = 0; i < 1_000; i += 1) {
    const state = outbox.store.get(id)?.state;
    if (state && state !== 'pending') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`item ${id} still pending`);
}

describe('sign-in link delivery', () => {
  it("mails a customer's link under the submission's key, then erases it", async () => {
    const { outbox, sent } = setup(customerCrm({}));
    const url = 'http://127.0.0.1:3000/api/auth/callback/email/?token=t&email=mira%40example.com';
    const id = outbox.enqueue(
      'sign-in-link',
      { email: MIRA.email, url },
      { subjectEmail: MIRA.email },
    );
    expect(await settled(outbox, id)).toBe('delivered');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.key).toBe(id);
    expect(sent[0]?.message.to).toBe(MIRA.email);
    expect(sent[0]?.message.text).toContain(url);
    expect(outbox.store.get(id)).toMatchObject({ hasPayload: false, externalId: `<${id}@test>` });
  });

  it('mails nobody for an address that is no customer, and erases the link all the same', async () => {
    const { outbox, sent } = setup(customerCrm({}));
    const id = outbox.enqueue('sign-in-link', {
      email: 'stranger@example.net',
      url: 'http://127.0.0.1:3000/api/auth/callback/email/?token=t',
    });
    expect(await settled(outbox, id)).toBe('delivered');
    expect(sent).toEqual([]);
    expect(outbox.store.get(id)).toMatchObject({ hasPayload: false, externalId: null });
  });

  it('retries when the CRM cannot say who is a customer', async () => {
    let calls = 0;
    const { outbox, sent } = setup(
      customerCrm({
        findCustomerByEmail: async () => {
          calls += 1;
          if (calls === 1) throw Object.assign(new Error('down'), { retryable: true });
          return MIRA;
        },
      }),
    );
    const id = outbox.enqueue('sign-in-link', { email: MIRA.email, url: 'http://127.0.0.1/x' });
    expect(await settled(outbox, id)).toBe('delivered');
    expect(calls).toBe(2);
    expect(sent).toHaveLength(1);
  });
});

describe('erasure request delivery', () => {
  it('records the request in the CRM with the submission id and the confirmation time', async () => {
    const requests: ErasureRequestInput[] = [];
    const { outbox } = setup(
      customerCrm({
        requestErasure: async (request) => {
          requests.push(request);
          return { id: '500000000000001' };
        },
      }),
    );
    const id = outbox.enqueue('erasure-request', {
      customerId: MIRA.id,
      confirmedAt: '2026-06-01T08:00:00.000Z',
    });
    expect(await settled(outbox, id)).toBe('delivered');
    expect(requests).toEqual([
      { customerId: MIRA.id, confirmedAt: new Date('2026-06-01T08:00:00.000Z'), submissionId: id },
    ]);
    expect(outbox.store.get(id)?.externalId).toBe('500000000000001');
  });
});
