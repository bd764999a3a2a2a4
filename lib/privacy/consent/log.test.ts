import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase, type Db } from '@/lib/db';

import { deriveKey } from './keys';
import { hashClientAddress, listConsentChoices, purgeConsentLog, recordConsent } from './log';

let db: Db | undefined;

afterEach(() => db?.close());

const key = deriveKey('a-test-secret-that-is-long-enough-for-this', 'consent-address');

function entry(consentId: string, decidedAt: string) {
  return {
    consentId,
    decidedAt: new Date(decidedAt),
    version: 'v1',
    categories: ['external-media'] as const,
    action: 'custom' as const,
    isGpcOn: true,
    addressHash: hashClientAddress('198.51.100.7', key),
  };
}

describe('the proof-of-consent log', () => {
  it('keeps each choice with its id, time, version, categories and GPC', () => {
    db = openDatabase(':memory:');
    recordConsent(db, entry('visitor-a', '2026-01-01T00:00:00Z'));
    recordConsent(db, { ...entry('visitor-a', '2026-02-01T00:00:00Z'), categories: [] });
    const choices = listConsentChoices(db, 'visitor-a');
    expect(choices.map((choice) => choice.categories)).toEqual([['external-media'], []]);
    expect(choices[0]).toMatchObject({ version: 'v1', action: 'custom', isGpcOn: true });
    expect(choices[0]?.decidedAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('stores a keyed hash of the address, never the address', () => {
    db = openDatabase(':memory:');
    recordConsent(db, entry('visitor-b', '2026-01-01T00:00:00Z'));
    const dump = JSON.stringify(db.prepare('SELECT * FROM consent_log').all());
    expect(dump).not.toContain('198.51.100.7');
    expect(listConsentChoices(db, 'visitor-b')[0]?.addressHash).toMatch(/^[0-9a-f]{64}$/);
    const otherKey = deriveKey('another-secret-that-is-long-enough-for-this', 'consent-address');
    expect(hashClientAddress('198.51.100.7', otherKey)).not.toBe(
      hashClientAddress('198.51.100.7', key),
    );
  });

  it('purges exactly the entries decided before the cutoff and counts them', () => {
    db = openDatabase(':memory:');
    recordConsent(db, entry('old', '2025-01-01T00:00:00Z'));
    recordConsent(db, entry('edge', '2025-06-01T00:00:00Z'));
    recordConsent(db, entry('new', '2026-01-01T00:00:00Z'));
    expect(purgeConsentLog(db, new Date('2025-06-01T00:00:00Z'))).toBe(1);
    expect(listConsentChoices(db, 'old')).toEqual([]);
    expect(listConsentChoices(db, 'edge')).toHaveLength(1);
    expect(purgeConsentLog(db, new Date('2025-06-01T00:00:00Z'))).toBe(0);
  });
});
