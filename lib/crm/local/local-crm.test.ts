import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { describeCrmContract } from '@/lib/crm/contract';
import { LocalCrm } from '@/lib/crm/local/local-crm';
import {
  addLocalContact,
  addLocalLead,
  listLocalConsents,
  listLocalContacts,
  listLocalLeads,
  purgeLocalCrmOlderThan,
} from '@/lib/crm/local/records';
import { openDatabase } from '@/lib/db';

describeCrmContract('local SQLite', async () => {
  const db = openDatabase(':memory:');
  const crm = new LocalCrm(db);
  return {
    crm,
    addContact: async (contact) => addLocalContact(contact, { db }),
    addLead: async (lead) => addLocalLead({ ...lead, company: 'Trade fair' }, { db }),
    leads: async () => listLocalLeads({ db }),
    contacts: async () =>
      listLocalContacts({ db }).map(({ id, email, hasOptedOutOfEmail }) => ({
        id,
        email,
        hasOptedOutOfEmail,
      })),
    consents: async () =>
      listLocalConsents({ db }).map(
        ({ submissionId, email, text, version, givenAt, personId }) => ({
          submissionId,
          email,
          text,
          version,
          givenAt,
          personId,
        }),
      ),
    close: async () => {
      db.close();
    },
  };
});

describe('purgeLocalCrmOlderThan', () => {
  const CUTOFF = new Date('2026-03-01T00:00:00Z');
  const BEFORE = new Date('2026-01-01T00:00:00Z');
  const AFTER = new Date('2026-06-01T00:00:00Z');

  function crmAt(start: Date) {
    const db = openDatabase(':memory:');
    const clock = { now: start };
    return { db, clock, crm: new LocalCrm(db, () => clock.now) };
  }

  it('deletes the leads and contacts last active before the cutoff that do not subscribe', async () => {
    const { db, clock, crm } = crmAt(BEFORE);
    await crm.createLead({
      submissionId: 'old-lead',
      lastName: 'Old',
      email: 'old@example.com',
      description: 'x',
    });
    addLocalContact({ lastName: 'Old', email: 'old@example.com' }, { db, at: BEFORE });
    clock.now = AFTER;
    const { id: newId } = await crm.createLead({
      submissionId: 'new-lead',
      lastName: 'New',
      email: 'new@example.com',
      description: 'y',
    });

    expect(purgeLocalCrmOlderThan(CUTOFF, db)).toBe(2);
    expect(listLocalLeads({ db }).map((lead) => lead.id)).toEqual([newId]);
    expect(listLocalContacts({ db })).toEqual([]);
    expect(purgeLocalCrmOlderThan(CUTOFF, db)).toBe(0);
  });

  it('keeps a current subscriber and the proof of consent, however old both are', async () => {
    const { db, crm } = crmAt(BEFORE);
    const { id } = await crm.subscribeToNewsletter({
      submissionId: 'old-subscription',
      email: 'fan@example.com',
      consent: { text: 'Yes', version: '1', givenAt: BEFORE },
    });

    expect(purgeLocalCrmOlderThan(AFTER, db)).toBe(0);
    expect(listLocalLeads({ db }).map((lead) => lead.id)).toEqual([id]);
    expect(listLocalConsents({ db }).map((consent) => consent.personId)).toEqual([id]);
  });

  it('counts an unsubscribe as activity, then deletes the person with their consents', async () => {
    const { db, clock, crm } = crmAt(new Date('2025-01-01T00:00:00Z'));
    await crm.createLead({
      submissionId: 'enquiry',
      lastName: 'Gone',
      email: 'gone@example.com',
      description: 'x',
    });
    await crm.subscribeToNewsletter({
      submissionId: 'subscription',
      email: 'gone@example.com',
      consent: { text: 'Yes', version: '1', givenAt: clock.now },
    });
    clock.now = AFTER;
    await crm.unsubscribeFromNewsletter({
      submissionId: 'unsubscribe',
      email: 'gone@example.com',
      at: AFTER,
    });

    expect(purgeLocalCrmOlderThan(CUTOFF, db)).toBe(0);
    expect(listLocalConsents({ db })).toHaveLength(1);
    expect(purgeLocalCrmOlderThan(new Date('2026-07-01T00:00:00Z'), db)).toBe(2);
    expect(listLocalLeads({ db })).toEqual([]);
    expect(listLocalConsents({ db })).toEqual([]);
  });

  it('deletes a consent record whose person is gone once it is older than the cutoff', async () => {
    const { db, crm } = crmAt(BEFORE);
    const { id } = await crm.subscribeToNewsletter({
      submissionId: 'orphan',
      email: 'orphan@example.com',
      consent: { text: 'Yes', version: '1', givenAt: BEFORE },
    });
    // As a salesperson deleting the Lead in the CRM's own UI would.
    db.prepare('DELETE FROM crm_leads WHERE id = ?').run(id);

    expect(purgeLocalCrmOlderThan(new Date('2025-12-01T00:00:00Z'), db)).toBe(0);
    expect(purgeLocalCrmOlderThan(CUTOFF, db)).toBe(1);
    expect(listLocalConsents({ db })).toEqual([]);
  });
});

describe('LocalCrm', () => {
  it('keeps its records across reopening the file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'local-crm-')), 'local-crm.db');
    const first = openDatabase(file);
    const { id } = await new LocalCrm(first).createLead({
      submissionId: 's-1',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      description: 'Hello',
    });
    first.close();

    const second = openDatabase(file);
    const again = await new LocalCrm(second).createLead({
      submissionId: 's-1',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      description: 'Hello',
    });
    expect(again.id).toBe(id);
    expect(listLocalLeads({ db: second })).toHaveLength(1);
    second.close();
  });
});
