import type { TestOutcome } from './types';

function outcome(result: string, modifier: number): TestOutcome {
  return { test: 'redirection', result, modifier };
}

/**
 * Redirection from http://: the first hop must go to HTTPS on the same host (so the browser
 * sees HSTS before anything else), and the last stop must be HTTPS.
 */
export function testRedirection(chain: string[]): TestOutcome {
  if (chain.length === 0) return outcome('redirection-not-needed-no-http', 0);
  const urls = chain.map((address) => new URL(address));
  const [start, firstHop] = urls;
  const last = urls.at(-1);
  if (!start || !last || !firstHop) return outcome('redirection-missing', -20);
  if (last.protocol !== 'https:') return outcome('redirection-not-to-https', -20);
  if (firstHop.protocol !== 'https:') {
    return outcome('redirection-not-to-https-on-initial-redirection', -10);
  }
  if (firstHop.hostname !== start.hostname) return outcome('redirection-off-host-from-http', -5);
  return outcome('redirection-to-https', 0);
}
