/**
 * The response headers every answer carries, pages, files and route handlers alike; the
 * Content-Security-Policy comes separately (csp.ts) since it changes with each request.
 * @module
 */

/** HSTS for a year, subdomains included; sent only when the site is served over HTTPS. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** Browser features the site never uses, denied to it and to any frame inside it. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
];

/**
 * Features a consent-gated embed (a video player) needs inside its own frame. `self` alone
 * would deny them to the frame; naming its origin lets the player use them once loaded.
 */
const EMBED_FEATURES = new Set(['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture']);

/** The Permissions-Policy value; `frameOrigins` get the features a video player needs. */
export function buildPermissionsPolicy(frameOrigins: readonly string[] = []): string {
  return DENIED_FEATURES.map((feature) => {
    if (frameOrigins.length === 0 || !EMBED_FEATURES.has(feature)) return `${feature}=()`;
    return `${feature}=(self ${frameOrigins.map((origin) => `"${origin}"`).join(' ')})`;
  }).join(', ');
}

/** The fixed security headers, with HSTS when `isHttps`. */
export function buildSecurityHeaders({
  isHttps,
  frameOrigins = [],
}: {
  isHttps: boolean;
  frameOrigins?: readonly string[];
}): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': buildPermissionsPolicy(frameOrigins),
    'cross-origin-opener-policy': 'same-origin',
    // Nothing of this site is meant to be embedded by another; its own pages load its files.
    'cross-origin-resource-policy': 'same-origin',
    // For browsers without CSP frame-ancestors.
    'x-frame-options': 'DENY',
    ...(isHttps ? { 'strict-transport-security': HSTS_VALUE } : {}),
  };
}
