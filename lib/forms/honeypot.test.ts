import { describe, expect, it } from 'vitest';

import { HONEYPOT_FIELD, isHoneypotFilled } from './honeypot';

describe('isHoneypotFilled', () => {
  it('is false for a missing or empty field, true for any content', () => {
    const form = new FormData();
    expect(isHoneypotFilled(form)).toBe(false);
    form.set(HONEYPOT_FIELD, '  ');
    expect(isHoneypotFilled(form)).toBe(false);
    form.set(HONEYPOT_FIELD, 'https://spam.example');
    expect(isHoneypotFilled(form)).toBe(true);
    form.set(HONEYPOT_FIELD, new File([''], 'x'));
    expect(isHoneypotFilled(form)).toBe(true);
  });
});
