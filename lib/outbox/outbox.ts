import { randomUUID } from 'node:crypto';

import { createAtRestCipher, type AtRestCipher } from '@/lib/crypto/at-rest';
import { createKeyedHash, normaliseEmail } from '@/lib/crypto/keyed-hash';
import type { Db } from '@/lib/db';
import { createOutboxStore, type OutboxStore } from '@/lib/outbox/store';
import type { SubmissionKind } from '@/lib/outbox/types';
import { signalEnqueued } from '@/lib/outbox/wake';

export interface EnqueueOptions {
  /**
   * The email of the person the submission is about. Only its keyed hash is stored (beside
   * the payload, erased with it), so that a person's own pending submissions can be found
   * for a data export without an index of plaintext addresses.
   */
  subjectEmail?: string;
  /** Deliver no earlier than this. */
  notBefore?: Date;
}

/** An outbox on one database: its store, the payload cipher and the enqueue operation. */
export interface Outbox {
  store: OutboxStore;
  cipher: AtRestCipher;
  hashSubject: (email: string) => string;
  enqueue(kind: SubmissionKind, payload: unknown, options?: EnqueueOptions): string;
}

/** The associated data binding a payload to its row: a payload moved to another row won't open. */
export function payloadBinding(id: string, kind: string): string {
  return `${id}\n${kind}`;
}

/** Opens the outbox in `db`, encrypting with keys derived from `secret`. */
export function createOutbox(db: Db, secret: string, clock: () => number = Date.now): Outbox {
  const store = createOutboxStore(db);
  const cipher = createAtRestCipher(secret, 'outbox-payload');
  const hashEmail = createKeyedHash(secret, 'outbox-subject');
  const hashSubject = (email: string) => hashEmail(normaliseEmail(email));

  return {
    store,
    cipher,
    hashSubject,
    enqueue(kind, payload, options = {}) {
      // Random and unguessable: it is also the idempotency key the CRM stores.
      const id = randomUUID();
      store.insert({
        id,
        kind,
        payload: cipher.encryptJson(payload, payloadBinding(id, kind)),
        subjectHash: options.subjectEmail ? hashSubject(options.subjectEmail) : null,
        now: clock(),
        notBefore: options.notBefore?.getTime(),
      });
      signalEnqueued();
      return id;
    },
  };
}
