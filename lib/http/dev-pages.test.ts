import { describe, expect, it } from 'vitest';

import { getClientAddress, getClientIp } from '@/lib/http/client-address';
import { isLoopbackAddress } from '@/lib/http/dev-pages';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '0:0:0:0:0:0:0:1', '::0001'])(
    'counts %s as this machine',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(true);
    },
  );

  it.each([
    '10.0.0.1',
    '192.168.1.20',
    '::ffff:127.0.0.1x',
    '1127.0.0.1',
    'unknown',
    '',
    '::2',
    '::11',
    '1::1',
    '0:0:0:0::/64',
  ])('counts %s as another machine', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('getClientIp', () => {
  it('reads the IPv6 loopback as itself, not as its /64 network', () => {
    const headers = new Headers({ 'x-forwarded-for': '::1' });
    expect(getClientIp(headers)).toBe('::1');
    expect(isLoopbackAddress(getClientIp(headers))).toBe(true);
    expect(getClientAddress(headers)).toBe('0:0:0:0::/64');
  });
});
