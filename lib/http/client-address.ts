/**
 * The address a request came from, as the rate limit sees it.
 *
 * What `next start` hands a server action or route in headers(): it sets `x-forwarded-for`
 * to the socket's remote address only when the request carried no such header
 * (`??=` in next/dist/server/base-server.js), and passes on whatever the client sent
 * otherwise. So, without a proxy in front, a client could name any address; the site's
 * proxy.ts removes a client's own X-Forwarded-For unless TRUST_PROXY is on (see
 * dropUntrustedForwarding), so the header holds the socket address by the time it gets here.
 *
 * With TRUST_PROXY the proxy in front appends the address it saw as the last entry; entries
 * before it are the client's claims and are ignored.
 * @module
 */

/**
 * The client as the rate limit counts it: its IPv4 address or IPv6 /64 network, or 'unknown'
 * (all such requests then share one limit).
 */
export function getClientAddress(headers: Headers): string {
  const address = getClientIp(headers);
  return (address && (address.includes(':') ? ipv6Network(address) : address)) ?? 'unknown';
}

/** The client's own address (IPv6 in full, not its network), or undefined when unreadable. */
export function getClientIp(headers: Headers): string | undefined {
  const forwarded = headers.get('x-forwarded-for');
  return normalizeAddress(forwarded?.split(',').at(-1)?.trim());
}

/**
 * For proxy.ts, on the headers it passes on to Next: removes a client's own X-Forwarded-For
 * when no trusted proxy sits in front, so that Next fills it with the socket's address.
 */
export function dropUntrustedForwarding(headers: Headers, trustProxy: boolean): void {
  if (!trustProxy) headers.delete('x-forwarded-for');
}

// IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 client itself.
function normalizeAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const address = value.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
  return /^[0-9a-f:.]{2,45}$/.test(address) ? address : undefined;
}

/**
 * An IPv6 client is its /64 network: one subscriber usually holds a whole /64 and could
 * otherwise take a fresh address for every request.
 */
function ipv6Network(address: string): string | undefined {
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
