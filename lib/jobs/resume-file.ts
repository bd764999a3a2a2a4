/**
 * The resume checks: its type is decided by its bytes, never by its name or the type the
 * browser claims, and its name is cleaned before it goes anywhere. An executable, a web page,
 * an image or an arbitrary ZIP is refused whatever it is called.
 * @module
 */
import type { ResumeFile } from '@/lib/ats/port';

import { RESUME_MAX_BYTES, RESUME_TOO_LARGE_MESSAGE } from './apply-limits';
import { isZip, listZipEntries, readFirstStoredEntry } from './zip-entries';

export { RESUME_MAX_BYTES } from './apply-limits';

export type ResumeFormat = ResumeFile['format'];

/** The longest cleaned file name, extension included. */
export const RESUME_NAME_MAX = 100;

export const RESUME_MEDIA_TYPES: Record<ResumeFormat, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
};

export const RESUME_MESSAGES = {
  missing: 'Please choose your resume: a PDF, DOC, DOCX, ODT, RTF or TXT file of at most 5 MB.',
  empty: 'The file you chose is empty. Please choose your resume again.',
  tooLarge: RESUME_TOO_LARGE_MESSAGE,
  nameWithPath:
    'The file name contains a folder path (a / or \\). Please choose the file itself again.',
  nameWithControls:
    'The file name contains control or invisible characters. Please rename the file and choose it again.',
  nameTooLong: `The file name is longer than ${RESUME_NAME_MAX} characters. Please give the file a shorter name and choose it again.`,
  unknownType:
    'This file is not a resume we can read. Please send a PDF, Word (DOC or DOCX), ' +
    'OpenDocument (ODT), RTF or plain text file.',
} as const;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Every Word 97-2003 file has a stream of this name in its OLE2 directory (MS-DOC 2.1); other
// OLE2 files (Excel, PowerPoint, Outlook messages) do not.
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
// C0 controls other than tab, line feed, form feed and carriage return; DEL; the C1 controls.
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u;

function startsWith(bytes: Uint8Array, prefix: readonly number[] | string): boolean {
  const expected = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  if (bytes.byteLength < expected.length) return false;
  return expected.every((byte, index) => bytes[index] === byte);
}

function zipFormat(bytes: Uint8Array): ResumeFormat | null {
  const first = readFirstStoredEntry(bytes);
  if (first?.name === 'mimetype' && Buffer.from(first.content).toString('latin1') === ODT_MIMETYPE)
    return 'odt';
  const names = listZipEntries(bytes);
  if (names?.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/')))
    return 'docx';
  return null;
}

/**
 * Plain text: valid UTF-8 without binary control bytes. Text that opens as markup (a web page
 * or an SVG) or as a script (`#!`) is not a resume, even though it is text.
 */
function isPlainText(bytes: Uint8Array): boolean {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  if (BINARY_CONTROL.test(decoded)) return false;
  const opening = decoded.trimStart();
  return !opening.startsWith('<') && !opening.startsWith('#!');
}

/** The resume format of `bytes`, or null when they are none of those accepted. */
export function detectResumeFormat(bytes: Uint8Array): ResumeFormat | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, OLE2)) return Buffer.from(bytes).includes(WORD_STREAM) ? 'doc' : null;
  if (isZip(bytes)) return zipFormat(bytes);
  if (startsWith(bytes, '{\\rtf')) return 'rtf';
  return isPlainText(bytes) ? 'txt' : null;
}

// Controls, the bidirectional marks and overrides that can make `exe.pdf` read as `fdp.exe`,
// and other invisible format characters.
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// Characters that some file systems refuse, replaced so the name still reads.
const RESERVED_IN_NAME = /[<>:"|?*]/g;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * The name to keep: its last path segment (either slash), without control or bidi
 * characters, NFC, and with the extension of the detected format in place of its own, all in
 * at most 100 characters.
 */
export function cleanResumeFileName(name: string, format: ResumeFormat): string {
  const lastSegment = name.split(/[/\\]/).at(-1) ?? '';
  const visible = lastSegment
    .replace(UNSAFE_IN_NAME, '')
    .normalize('NFC')
    .replace(RESERVED_IN_NAME, '_')
    .trim();
  const base = visible.replace(EXTENSION, '').replace(/^[.\s]+|[.\s]+$/g, '') || 'resume';
  const room = RESUME_NAME_MAX - format.length - 1;
  let kept = '';
  for (const character of base) {
    if (kept.length + character.length > room) break;
    kept += character;
  }
  return `${kept.replace(/[.\s]+$/, '') || 'resume'}.${format}`;
}

export type ResumeCheck = { ok: true; resume: ResumeFile } | { ok: false; message: string };

/**
 * What is wrong with a file name no browser sends for a file a person picked: a path (only a
 * crafted request has one), control or bidi characters (which can make `exe.pdf` read as
 * `fdp.exe`), or more characters than we keep. Refused rather than cleaned, so the applicant
 * knows which name we would have stored.
 */
function fileNameProblem(name: string): string | null {
  if (/[/\\]/.test(name)) return RESUME_MESSAGES.nameWithPath;
  if (new RegExp(UNSAFE_IN_NAME.source, 'u').test(name)) return RESUME_MESSAGES.nameWithControls;
  if ([...name.normalize('NFC')].length > RESUME_NAME_MAX) return RESUME_MESSAGES.nameTooLong;
  return null;
}

/**
 * Checks an uploaded resume: present, within 5 MB, a plain file name, of an accepted type by
 * its bytes.
 */
export function checkResume(bytes: Uint8Array, fileName: string): ResumeCheck {
  if (bytes.byteLength === 0) return { ok: false, message: RESUME_MESSAGES.empty };
  if (bytes.byteLength > RESUME_MAX_BYTES) return { ok: false, message: RESUME_MESSAGES.tooLarge };
  const nameMessage = fileNameProblem(fileName);
  if (nameMessage) return { ok: false, message: nameMessage };
  const format = detectResumeFormat(bytes);
  if (!format) return { ok: false, message: RESUME_MESSAGES.unknownType };
  return {
    ok: true,
    resume: {
      fileName: cleanResumeFileName(fileName, format),
      format,
      mediaType: RESUME_MEDIA_TYPES[format],
      bytes,
    },
  };
}
