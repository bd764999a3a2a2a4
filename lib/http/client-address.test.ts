import { describe, expect, it } from 'vitest';

import { getClientAddress, dropUntrustedForwarding } from './client-address';

describe('getClientAddress', () => {
  it('takes the address Next set from the socket', () => {
    expect(getClientAddress(new Headers({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
  });

  it('takes the last entry, the one the trusted proxy appended', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' });
    expect(getClientAddress(headers)).toBe('10.0.0.7');
  });

  it('unwraps IPv4-mapped IPv6', () => {
    expect(getClientAddress(new Headers({ 'x-forwarded-for': '::ffff:192.0.2.1' }))).toBe(
      '192.0.2.1',
    );
  });

  it('counts an IPv6 client by its /64 network', () => {
    const a = getClientAddress(new Headers({ 'x-forwarded-for': '2001:db8:1:2:aaaa::1' }));
    const b = getClientAddress(new Headers({ 'x-forwarded-for': '2001:DB8:1:2:ffff:1:2:3' }));
    expect(a).toBe('2001:db8:1:2::/64');
    expect(b).toBe(a);
    expect(getClientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('0:0:0:0::/64');
    expect(getClientAddress(new Headers({ 'x-forwarded-for': '1::2::3' }))).toBe('unknown');
  });

  it('answers unknown for no header or something that is no address', () => {
    expect(getClientAddress(new Headers())).toBe('unknown');
    expect(getClientAddress(new Headers({ 'x-forwarded-for': 'evil<script>' }))).toBe('unknown');
  });
});

describe('dropUntrustedForwarding', () => {
  it("removes a client's own X-Forwarded-For when no proxy is trusted", () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6', accept: 'text/html' });
    dropUntrustedForwarding(headers, false);
    expect(headers.has('x-forwarded-for')).toBe(false);
    expect(headers.get('accept')).toBe('text/html');
  });

  it('keeps it behind a trusted proxy', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6' });
    dropUntrustedForwarding(headers, true);
    expect(headers.get('x-forwarded-for')).toBe('6.6.6.6');
  });
});
