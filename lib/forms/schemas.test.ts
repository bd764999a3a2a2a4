import { describe, expect, it } from 'vitest';

import { LEAD_FIELD_LENGTHS } from '@/lib/crm/lead-fields';

import { readForm } from './read-form';
import {
  CONTACT_FIELDS,
  contactSchema,
  LIMITS,
  NEWSLETTER_FIELDS,
  newsletterSchema,
  splitName,
} from './schemas';

function contact(fields: Record<string, string | Blob>) {
  const form = new FormData();
  const defaults = { name: 'Ann Lee', email: 'ann@example.com', message: 'Hello' };
  for (const [key, value] of Object.entries({ ...defaults, ...fields })) form.set(key, value);
  return readForm(contactSchema, CONTACT_FIELDS, form);
}

describe('contact form', () => {
  it.each(['José Núñez', '李雷', 'Ørsted', "O'Brien", 'Anne-Marie van der Berg'])(
    'accepts the name %s',
    (name) => {
      const result = contact({ name });
      expect(result.success && result.data.name).toBe(name);
    },
  );

  it('trims a name and composes it (NFC)', () => {
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
    const result = contact({ name: `  ${decomposed}\t` });
    expect(result.success && result.data.name).toBe('Jos\u00e9 N\u00fa\u00f1ez');
  });

  it.each([
    ['a line break', 'Ann\nLee'],
    ['a NUL', 'Ann\u0000'],
    ['a right-to-left override', 'Ann\u202eeeL'],
  ])('refuses a name with %s', (_case, name) => {
    const result = contact({ name });
    expect(!result.success && result.fieldErrors.name).toBe(
      'Name contains characters that cannot be used.',
    );
  });

  it('keeps the message literally, markup and line breaks included', () => {
    const message = 'Line one\r\n<script>alert(1)</script>\n\n  indented & "quoted"';
    const result = contact({ message });
    expect(result.success && result.data.message).toBe(
      'Line one\n<script>alert(1)</script>\n\n  indented & "quoted"',
    );
  });

  it.each(CONTACT_FIELDS.filter((field) => field !== 'email'))(
    'accepts %s at its limit and refuses it one over',
    (field) => {
      const limit = LIMITS[field];
      const at = field === 'phone' ? '1'.repeat(limit) : 'x'.repeat(limit);
      const over = field === 'phone' ? '1'.repeat(limit + 1) : 'x'.repeat(limit + 1);
      expect(contact({ [field]: at }).success).toBe(true);
      const result = contact({ [field]: over });
      expect(!result.success && result.fieldErrors[field]).toMatch(`at most ${limit} characters`);
    },
  );

  it('names each missing required field', () => {
    const result = readForm(contactSchema, CONTACT_FIELDS, new FormData());
    expect(!result.success && result.fieldErrors).toEqual({
      name: 'Please enter your name.',
      email: 'Please enter your email address.',
      message: 'Please enter your message.',
    });
  });

  it('says a file is not text, field by field', () => {
    const file = new File(['x'], 'x.txt', { type: 'text/plain' });
    const result = contact({ name: file, company: file, message: file });
    expect(!result.success && result.fieldErrors).toEqual({
      name: 'Name must be text, not a file.',
      company: 'Company must be text, not a file.',
      message: 'Message must be text, not a file.',
    });
  });

  it('refuses a phone number made of letters', () => {
    const result = contact({ phone: 'call me' });
    expect(!result.success && result.fieldErrors.phone).toMatch(/phone number/);
    expect(contact({ phone: '+44 (20) 7946-0000' }).success).toBe(true);
  });

  it('gives the typed values back with the errors', () => {
    const result = contact({ email: 'not an address', company: 'Acme' });
    expect(result.success).toBe(false);
    expect(result.values).toMatchObject({ email: 'not an address', company: 'Acme' });
  });
});

describe('newsletter form', () => {
  it('needs the consent box ticked', () => {
    const form = new FormData();
    form.set('email', 'ann@example.com');
    const result = readForm(newsletterSchema, NEWSLETTER_FIELDS, form);
    expect(!result.success && result.fieldErrors.consent).toMatch(/tick the box/);
    form.set('consent', 'yes');
    expect(readForm(newsletterSchema, NEWSLETTER_FIELDS, form).success).toBe(true);
  });

  it.each(['no', 'false', 'off', '0', 'YES ', ' '])('counts consent=%j as not ticked', (value) => {
    const form = new FormData();
    form.set('email', 'ann@example.com');
    form.set('consent', value);
    const result = readForm(newsletterSchema, NEWSLETTER_FIELDS, form);
    expect(!result.success && result.fieldErrors.consent).toMatch(/tick the box/);
  });

  it("counts a browser's default checkbox value 'on' as ticked", () => {
    const form = new FormData();
    form.set('email', 'ann@example.com');
    form.set('consent', 'on');
    expect(readForm(newsletterSchema, NEWSLETTER_FIELDS, form).success).toBe(true);
  });

  it('refuses two email values instead of taking the first', () => {
    const form = new FormData();
    form.append('email', 'ann@example.com');
    form.append('email', 'victim@example.com');
    form.set('consent', 'yes');
    const result = readForm(newsletterSchema, NEWSLETTER_FIELDS, form);
    expect(result.success).toBe(false);
    expect(!result.success && result.fieldErrors.email).toMatch(/sent more than once/);
    expect(result.values.email).toBe('ann@example.com');
  });
});

describe('invisible characters', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['joiners and a BOM', '\u200c\u200d\ufeff\u2060'],
    ['direction marks and a soft hyphen', '\u200e\u200f\u00ad'],
    ['Hangul fillers', '\u3164\u115f\u1160\uffa0'],
    ['a Braille blank and no-break spaces', '\u2800\u00a0\u3000'],
    ['a combining mark alone', '\u034f'],
  ])('count a name made only of %s as empty', (_name, name) => {
    const result = contact({ name });
    expect(!result.success && result.fieldErrors.name).toBe('Please enter your name.');
  });

  it('count a message made only of them as empty, and an optional company as left out', () => {
    const result = contact({ message: '\u200b\n\u200b', company: '\u200b' });
    expect(!result.success && result.fieldErrors.message).toBe('Please enter your message.');
    const company = contact({ company: '\u200b\u2060' });
    expect(company.success && company.data.company).toBe('');
  });

  it('keep a name that has something visible, joiners included', () => {
    // The zero-width joiner belongs in many scripts and emoji sequences.
    const result = contact({ name: 'Anna\u200dLee' });
    expect(result.success && result.data.name).toBe('Anna\u200dLee');
  });
});

describe('the limits', () => {
  it('fit the Salesforce Lead fields the values end up in', () => {
    expect(LIMITS.email).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.Email);
    expect(LIMITS.firstName).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.FirstName);
    expect(LIMITS.name).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.LastName);
    expect(LIMITS.company).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.Company);
    expect(LIMITS.phone).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.Phone);
    expect(LIMITS.message).toBeLessThanOrEqual(LEAD_FIELD_LENGTHS.Description);
  });

  it('refuses an email over 80 characters, valid as it is, since the CRM cannot keep it', () => {
    const at80 = `${'a'.repeat(64)}@${'b'.repeat(11)}.com`;
    expect(at80).toHaveLength(80);
    expect(contact({ email: at80 }).success).toBe(true);
    const result = contact({
      email: `a${at80}`.replace('a'.repeat(65), `${'a'.repeat(64)}`).replace('@', '@c'),
    });
    expect(!result.success && result.fieldErrors.email).toBe(
      'Email must be at most 80 characters.',
    );
  });
});

describe('splitName', () => {
  it('keeps the first name within 40 characters and the last within 80', () => {
    const names = [
      'x'.repeat(80),
      `${'a'.repeat(50)} ${'b'.repeat(29)}`,
      `${'a'.repeat(20)} ${'b'.repeat(20)} ${'c'.repeat(20)} d`,
      'Maria José Carmen Dolores Fernández de la Vega y Ortiz',
    ];
    for (const name of names) {
      const { firstName = '', lastName } = splitName(name);
      expect(firstName.length, name).toBeLessThanOrEqual(40);
      expect(lastName.length, name).toBeLessThanOrEqual(80);
      expect([firstName, lastName].filter(Boolean).join(' ')).toBe(name);
    }
  });

  it('makes the last word the last name', () => {
    expect(splitName('Anne-Marie van der Berg')).toEqual({
      firstName: 'Anne-Marie van der',
      lastName: 'Berg',
    });
    expect(splitName('李雷')).toEqual({ lastName: '李雷' });
  });
});
