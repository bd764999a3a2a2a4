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
  it('deletes the records created before the cutoff and keeps the rest', async () => {
    const db = openDatabase(':memory:');
    let now = new Date('2026-01-01T00:00:00Z');
    const crm = new LocalCrm(db, () => now);
    await crm.createLead({
      submissionId: 'old-lead',
      lastName: 'Old',
      email: 'old@example.com',
      description: 'x',
    });
    await crm.subscribeToNewsletter({
      submissionId: 'old-subscription',
      email: 'old@example.com',
      consent: { text: 'Yes', version: '1', givenAt: now },
    });
    addLocalContact({ lastName: 'Old', email: 'old@example.com' }, { db, at: now });

    now = new Date('2026-06-01T00:00:00Z');
    const { id: newId } = await crm.createLead({
      submissionId: 'new-lead',
      lastName: 'New',
      email: 'new@example.com',
      description: 'y',
    });

    expect(purgeLocalCrmOlderThan(new Date('2026-03-01T00:00:00Z'), db)).toBe(3);
    expect(listLocalLeads({ db }).map((lead) => lead.id)).toEqual([newId]);
    expect(listLocalContacts({ db })).toEqual([]);
    expect(listLocalConsents({ db })).toEqual([]);
    expect(purgeLocalCrmOlderThan(new Date('2026-03-01T00:00:00Z'), db)).toBe(0);
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
