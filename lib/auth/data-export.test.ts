import { describe, expect, it } from 'vitest';

import type { SubjectItem } from '@/lib/outbox/subject-items';

import { withoutLiveLinks } from './data-export';

const ITEM = { id: 'o1', state: 'pending', createdAt: '2026-12-04T20:00:00.000Z' };
const SEALED = 'Fe26.2*1*abc*def*ghi*2*jkl*mno~2';

describe('the data export of pending outbox items', () => {
  it('withholds the link of a pending erasure mail, keeping the rest of the mail', () => {
    const item: SubjectItem = {
      ...ITEM,
      kind: 'account-mail',
      payload: {
        to: 'ines@example.com',
        subject: 'Confirm the erasure of your data',
        text: `Confirm here: https://site.example/account/data/erase/?token=${SEALED}\nThanks`,
        html: `<a href="https://site.example/account/data/erase/?token=${SEALED}">Confirm</a>`,
      },
    };
    const shown = JSON.stringify(withoutLiveLinks(item));
    expect(shown).not.toContain('Fe26.2');
    expect(shown).toContain('Confirm the erasure of your data');
    expect(shown).toContain('/account/data/erase/?token=(withheld');
  });

  it('withholds a pending sign-in link', () => {
    const item: SubjectItem = {
      ...ITEM,
      kind: 'sign-in-link',
      payload: {
        email: 'ines@example.com',
        url: 'https://site.example/api/auth/callback/email?token=abc',
      },
    };
    expect(JSON.stringify(withoutLiveLinks(item))).not.toContain('token=abc');
  });
});
