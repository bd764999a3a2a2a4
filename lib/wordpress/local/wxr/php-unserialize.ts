/** A value PHP's serialize() can write, as far as WordPress meta uses it. */
export type PhpValue = string | number | boolean | null | PhpArray;

/** A PHP array or object: keys in their order (PHP integer keys become strings). */
export interface PhpArray {
  [key: string]: PhpValue;
}

/**
 * Reads a PHP-serialized value (the format of `_wp_attachment_metadata`, `_menu_item_classes`).
 * Objects are read as arrays of their properties. Returns undefined for anything malformed,
 * because a damaged meta value should cost only that value, not the whole import.
 */
export function phpUnserialize(input: string): PhpValue | undefined {
  const bytes = Buffer.from(input, 'utf8');
  try {
    const [value, end] = readValue(bytes, 0);
    return end === bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}

function readValue(bytes: Buffer, at: number): [PhpValue, number] {
  const tag = String.fromCharCode(bytes[at] ?? 0);
  switch (tag) {
    case 'N':
      return [null, expect(bytes, at + 1, ';')];
    case 'b': {
      const [raw, end] = readUntil(bytes, expect(bytes, at + 1, ':'), ';');
      return [raw === '1', end];
    }
    case 'i':
    case 'd': {
      const [raw, end] = readUntil(bytes, expect(bytes, at + 1, ':'), ';');
      const value = Number(raw);
      if (raw === '' || Number.isNaN(value)) throw new Error('bad number');
      return [value, end];
    }
    case 's':
      return readString(bytes, at);
    case 'a':
      return readArray(bytes, expect(bytes, at + 1, ':'));
    case 'O': {
      const [, afterName] = readString(bytes, at);
      return readArray(bytes, afterName);
    }
    default:
      throw new Error(`unexpected ${tag}`);
  }
}

function readString(bytes: Buffer, at: number): [string, number] {
  const [lengthText, afterLength] = readUntil(bytes, expect(bytes, at + 1, ':'), ':');
  const length = Number(lengthText);
  const start = expect(bytes, afterLength, '"');
  const end = start + length;
  if (!Number.isInteger(length) || end > bytes.length) throw new Error('bad string length');
  const value = bytes.subarray(start, end).toString('utf8');
  const afterQuote = expect(bytes, end, '"');
  // Strings end with ';', object class names with ':'.
  return [value, afterQuote + 1];
}

function readArray(bytes: Buffer, at: number): [PhpArray, number] {
  const [countText, afterCount] = readUntil(bytes, at, ':');
  const count = Number(countText);
  let cursor = expect(bytes, afterCount, '{');
  const result: PhpArray = {};
  for (let i = 0; i < count; i += 1) {
    const [key, afterKey] = readValue(bytes, cursor);
    const [value, afterValue] = readValue(bytes, afterKey);
    result[String(key)] = value;
    cursor = afterValue;
  }
  return [result, expect(bytes, cursor, '}')];
}

function readUntil(bytes: Buffer, at: number, stop: string): [string, number] {
  const end = bytes.indexOf(stop, at, 'utf8');
  if (end < 0) throw new Error(`missing ${stop}`);
  return [bytes.subarray(at, end).toString('utf8'), end + 1];
}

function expect(bytes: Buffer, at: number, char: string): number {
  if (String.fromCharCode(bytes[at] ?? 0) !== char) throw new Error(`expected ${char}`);
  return at + 1;
}
