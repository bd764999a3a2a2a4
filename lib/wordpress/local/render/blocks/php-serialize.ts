/**
 * PHP's serialize() for the values a parsed block holds (arrays from JSON, strings,
 * numbers, booleans, null), so that hashes WordPress takes of blocks can be reproduced.
 * @module
 */

const INT_KEY = /^(?:0|-?[1-9]\d{0,17})$/;

function serializeKey(key: string): string {
  return INT_KEY.test(key) && Number.isSafeInteger(Number(key))
    ? `i:${key};`
    : serializeString(key);
}

function serializeString(text: string): string {
  return `s:${Buffer.byteLength(text, 'utf8')}:"${text}";`;
}

/** PHP's float output with serialize_precision -1: shortest digits, E notation when far. */
function serializeFloat(value: number): string {
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? 'd:NAN;' : `d:${value > 0 ? '' : '-'}INF;`;
  const [mantissa = '', exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 15) {
    const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    return `d:${digits}E${exponent < 0 ? '-' : '+'}${Math.abs(exponent)};`;
  }
  return `d:${String(value)};`;
}

/**
 * Serialises `value` as PHP would after json_decode(…, true): objects and arrays become
 * PHP arrays, whole numbers below 1e15 ints, other numbers floats.
 */
export function phpSerialize(value: unknown): string {
  if (value === null || value === undefined) return 'N;';
  if (typeof value === 'boolean') return `b:${value ? 1 : 0};`;
  if (typeof value === 'string') return serializeString(value);
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) < 1e15
      ? `i:${value};`
      : serializeFloat(value);
  }
  if (Array.isArray(value)) {
    return `a:${value.length}:{${value.map((v, i) => `i:${i};${phpSerialize(v)}`).join('')}}`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `a:${entries.length}:{${entries.map(([k, v]) => serializeKey(k) + phpSerialize(v)).join('')}}`;
  }
  throw new TypeError(`cannot serialise a ${typeof value}`);
}
