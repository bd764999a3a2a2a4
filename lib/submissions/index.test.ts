import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { EnqueueOptions } from '@/lib/outbox';
import type { SubmissionKind } from '@/lib/outbox/types';

const enqueued: Array<{ kind: SubmissionKind; payload: unknown; options?: EnqueueOptions }> = [];
vi.mock('@/lib/outbox', () => ({
  enqueue: (kind: SubmissionKind, payload: unknown, options?: EnqueueOptions) => {
    enqueued.push({ kind, payload, options });
    return `id-${enqueued.length}`;
  },
}));

const {
  enqueueContact,
  enqueueMail,
  enqueueNewsletterSubscribe,
  enqueueNewsletterUnsubscribe,
  PAYLOAD_SCHEMAS,
  SUBMISSION_DESTINATIONS,
} = await import('@/lib/submissions');

beforeEach(() => {
  enqueued.length = 0;
});

describe('typed enqueue helpers', () => {
  it('enqueue each kind with a JSON payload and the email of the person it is about', () => {
    enqueueContact({ lastName: "O'Brien", email: "o'brien@example.ie", description: 'Hi' });
    enqueueNewsletterSubscribe({
      email: 'li.lei@example.cn',
      consent: { text: 'Yes', version: 'v1', givenAt: new Date('2026-06-01T08:00:00Z') },
    });
    enqueueNewsletterUnsubscribe({
      email: 'li.lei@example.cn',
      at: new Date('2026-06-02T08:00:00Z'),
    });
    const id = enqueueMail({ to: 'José Núñez <jose@example.com>', subject: 'S', text: 'T' });

    expect(id).toBe('id-4');
    expect(enqueued).toEqual([
      {
        kind: 'contact',
        payload: { lastName: "O'Brien", email: "o'brien@example.ie", description: 'Hi' },
        options: { subjectEmail: "o'brien@example.ie" },
      },
      {
        kind: 'newsletter-subscribe',
        payload: {
          email: 'li.lei@example.cn',
          consent: { text: 'Yes', version: 'v1', givenAt: '2026-06-01T08:00:00.000Z' },
        },
        options: { subjectEmail: 'li.lei@example.cn' },
      },
      {
        kind: 'newsletter-unsubscribe',
        payload: { email: 'li.lei@example.cn', at: '2026-06-02T08:00:00.000Z' },
        options: { subjectEmail: 'li.lei@example.cn' },
      },
      {
        kind: 'mail',
        payload: { to: 'José Núñez <jose@example.com>', subject: 'S', text: 'T' },
        options: { subjectEmail: 'jose@example.com' },
      },
    ]);
    expect(JSON.parse(JSON.stringify(enqueued.map((entry) => entry.payload)))).toEqual(
      enqueued.map((entry) => entry.payload),
    );
  });

  it('refuse a payload with a field the kind does not declare, enqueuing nothing', () => {
    expect(() =>
      enqueueContact({
        lastName: 'X',
        email: 'x@example.com',
        description: 'Hi',
        ...({ birthday: '1990-01-01' } as object),
      }),
    ).toThrow();
    expect(enqueued).toEqual([]);
  });

  it('declare a destination for every kind they deliver', () => {
    expect(Object.keys(SUBMISSION_DESTINATIONS).sort()).toEqual(
      Object.keys(PAYLOAD_SCHEMAS).sort(),
    );
  });
});
