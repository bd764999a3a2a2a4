import { describe, expect, it } from 'vitest';

import { isDeliverableEmail, normalizeEmail } from './email';

describe('isDeliverableEmail', () => {
  it.each(['ann@example.com', "o'brien@example.co.uk", 'first.last+tag@sub.example.org', 'x@a.io'])(
    'accepts %s',
    (address) => {
      expect(isDeliverableEmail(address)).toBe(true);
    },
  );

  it.each([
    ['a display name', 'Ann <ann@example.com>'],
    ['a quoted local part', '"ann"@example.com'],
    ['a second address', 'ann@example.com,bob@example.com'],
    ['a header injected after a line break', 'ann@example.com\nBcc: x@example.com'],
    ['a space', 'ann @example.com'],
    ['a domain without a dot', 'ann@localhost'],
    ['a trailing dot', 'ann@example.com.'],
    ['a leading hyphen in a label', 'ann@-example.com'],
    ['no @', 'example.com'],
    ['non-ASCII in the domain', 'ann@exämple.com'],
  ])('refuses %s', (_case, address) => {
    expect(isDeliverableEmail(address)).toBe(false);
  });

  // 64 characters, '@', then labels of at most 63 characters up to `length` in all.
  function addressOfLength(length: number): string {
    let domain = 'com';
    while (64 + 1 + domain.length < length) {
      const label = Math.min(63, length - 64 - 1 - domain.length - 1);
      domain = `${'c'.repeat(Math.max(1, label))}.${domain}`;
    }
    return `${'b'.repeat(64)}@${domain}`;
  }

  it('accepts 254 characters and refuses 255', () => {
    expect(addressOfLength(254)).toHaveLength(254);
    expect(isDeliverableEmail(addressOfLength(254))).toBe(true);
    expect(addressOfLength(255)).toHaveLength(255);
    expect(isDeliverableEmail(addressOfLength(255))).toBe(false);
  });

  it('refuses a local part over 64 characters', () => {
    expect(isDeliverableEmail(`${'a'.repeat(64)}@example.com`)).toBe(true);
    expect(isDeliverableEmail(`${'a'.repeat(65)}@example.com`)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('lower-cases the domain only', () => {
    expect(normalizeEmail('Ann.Lee@Example.COM')).toBe('Ann.Lee@example.com');
  });
});
