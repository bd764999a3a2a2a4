import { describe, expect, it } from 'vitest';

import { newSalesforceStyleId, salesforceIdSuffix } from '@/lib/crm/local/record-id';

describe('salesforceIdSuffix', () => {
  it('computes the case-safe suffix of a known id', () => {
    // Worked by hand: chunks 001A0 / 00000 / 6Vm9r have uppercase letters at bits 3, none,
    // and bit 1, so 8, 0, 2: I, A, C.
    expect(salesforceIdSuffix('001000000000001')).toBe('AAA');
    expect(salesforceIdSuffix('001A0000006Vm9r')).toBe('IAC');
  });
});

describe('newSalesforceStyleId', () => {
  it('makes 18-character ids with the prefix and a matching suffix', () => {
    const id = newSalesforceStyleId('00Q');
    expect(id).toMatch(/^00Q[0-9A-Za-z]{15}$/);
    expect(id.slice(15)).toBe(salesforceIdSuffix(id.slice(0, 15)));
    expect(newSalesforceStyleId('00Q')).not.toBe(id);
  });
});
