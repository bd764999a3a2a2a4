import { describe, expect, it } from 'vitest';

import { createSignInLimits } from './sign-in-limits';
import {
  SIGN_IN_REQUESTS_PER_ADDRESS,
  SIGN_IN_REQUESTS_PER_ADDRESS_PER_DAY,
  SIGN_IN_REQUESTS_PER_CLIENT,
  SIGN_IN_WINDOW_MS,
} from './tunables';

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

describe('sign-in limits', () => {
  it('refuse an address past its limit, from any client, and say how long to wait', () => {
    const limits = createSignInLimits();
    for (let i = 0; i < SIGN_IN_REQUESTS_PER_ADDRESS; i += 1) {
      expect(limits.hit('ada@example.com', `10.0.0.${i}`, NOW).allowed).toBe(true);
    }
    const refused = limits.hit('ADA@example.com', '10.0.0.99', NOW);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(limits.hit('grace@example.com', '10.0.0.99', NOW).allowed).toBe(true);
  });

  it('refuse a client past its limit, whatever address it asks for', () => {
    const limits = createSignInLimits();
    for (let i = 0; i < SIGN_IN_REQUESTS_PER_CLIENT; i += 1) {
      expect(limits.hit(`person${i}@example.com`, '10.0.0.1', NOW).allowed).toBe(true);
    }
    expect(limits.hit('someone-new@example.com', '10.0.0.1', NOW).allowed).toBe(false);
    expect(limits.hit('someone-new@example.com', '10.0.0.2', NOW).allowed).toBe(true);
  });

  it('cap an address per day too, so spaced-out requests cannot fill an inbox all day', () => {
    const limits = createSignInLimits();
    let at = NOW;
    let sent = 0;
    // A request at the start of each window, from a new client each time.
    for (let window = 0; window < 10; window += 1) {
      for (let i = 0; i < SIGN_IN_REQUESTS_PER_ADDRESS; i += 1) {
        if (limits.hit('ada@example.com', `10.0.${window}.${i}`, at).allowed) sent += 1;
      }
      at += SIGN_IN_WINDOW_MS + 1;
    }
    expect(sent).toBe(SIGN_IN_REQUESTS_PER_ADDRESS_PER_DAY);
    expect(limits.hit('ada@example.com', '10.1.0.1', at).allowed).toBe(false);
    expect(limits.hit('ada@example.com', '10.1.0.2', NOW + 24 * 60 * 60 * 1000 + 1).allowed).toBe(
      true,
    );
  });
});
