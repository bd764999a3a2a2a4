/** Global Privacy Control's request header is exactly `Sec-GPC: 1`; anything else is off. */
export function isGpcHeaderOn(value: string | null | undefined): boolean {
  return value?.trim() === '1';
}

/**
 * True when a state-changing request comes from the site's own pages: browsers send
 * Sec-Fetch-Site and Origin with every POST, so a form on another site cannot record a
 * choice in a visitor's name.
 */
export function isSameOriginRequest(headers: Headers, host: string | null): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
