import { describe, expect, it } from 'vitest';

import { isLoopbackAddress } from '@/lib/http/dev-pages';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1'])('counts %s as this machine', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['10.0.0.1', '192.168.1.20', '::ffff:127.0.0.1x', '1127.0.0.1', 'unknown', '', '::2'])(
    'counts %s as another machine',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});
