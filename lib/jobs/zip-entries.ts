/**
 * Just enough of the ZIP format (PKWARE APPNOTE 6.3) to tell a DOCX or an ODT from any other
 * ZIP: the entry names from the central directory, and the first entry as it is stored.
 * Nothing is inflated. ZIP64 is not read: a resume is at most 5 MB.
 * @module
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function text(bytes: Uint8Array, start: number, length: number): string {
  return new TextDecoder().decode(bytes.subarray(start, start + length));
}

/** True when `bytes` start like a ZIP archive (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 30 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

/** The names in the archive's central directory, or null when it cannot be read. */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  const data = view(bytes);
  const lowest = Math.max(0, bytes.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  let end = -1;
  for (let at = bytes.byteLength - END_RECORD_BYTES; at >= lowest; at -= 1) {
    if (data.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;

  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || data.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(text(bytes, at + 46, nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The archive's first entry when it is stored uncompressed, as ODF requires of its
 * `mimetype` entry; null otherwise.
 */
export function readFirstStoredEntry(
  bytes: Uint8Array,
): { name: string; content: Uint8Array } | null {
  if (!isZip(bytes)) return null;
  const data = view(bytes);
  const method = data.getUint16(8, true);
  const size = data.getUint32(18, true);
  const nameLength = data.getUint16(26, true);
  const extraLength = data.getUint16(28, true);
  const start = 30 + nameLength + extraLength;
  if (method !== STORED || start + size > bytes.byteLength) return null;
  return {
    name: text(bytes, 30, nameLength),
    content: bytes.subarray(start, start + size),
  };
}
