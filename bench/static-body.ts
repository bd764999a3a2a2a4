/**
 * The text of the bench's static page, sized so its HTML matches the measured post's.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where app/(bench)/bench-static/page.bench.tsx reads its paragraphs at build time. */
export const STATIC_BODY_FILE = path.join(process.cwd(), 'var', 'bench', 'static-body.html');

const WORDS = (
  'content pages render once then serve from memory until an editor publishes again the ' +
  'studio writes about research design engineering accessibility and calm booking flows'
).split(' ');

const PARAGRAPH_CHARS = 600;

/** Deterministic blank-line-separated paragraphs of plain words, `chars` characters long. */
export function makeStaticBody(chars: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let index = 0; total < chars;) {
    const words: string[] = [];
    for (let length = 0; length < PARAGRAPH_CHARS; index += 1) {
      const word = WORDS[(index * 7 + (index >> 4)) % WORDS.length] ?? 'word';
      words.push(word);
      length += word.length + 1;
    }
    const paragraph = words.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, chars);
}

/** One build's measurement: this much body text gave this many bytes of HTML. */
export interface SizeSample {
  bodyChars: number;
  pageBytes: number;
}

/**
 * The body length expected to give `targetBytes` of HTML. With one sample it assumes each body
 * character costs two bytes (once in the HTML, once in the inline RSC payload); with more it
 * draws a line through the last two.
 */
export function nextBodyChars(samples: readonly SizeSample[], targetBytes: number): number {
  const last = samples.at(-1);
  if (!last) throw new Error('nextBodyChars needs at least one sample');
  const previous = samples.at(-2);
  const slope =
    previous && previous.bodyChars !== last.bodyChars
      ? (last.pageBytes - previous.pageBytes) / (last.bodyChars - previous.bodyChars)
      : 2;
  return Math.max(0, Math.round(last.bodyChars + (targetBytes - last.pageBytes) / slope));
}

/** The length of the body the last run settled on, or `fallback` when there is none. */
export function readStoredBodyChars(fallback: number): number {
  try {
    return readFileSync(STATIC_BODY_FILE, 'utf8').length;
  } catch {
    return fallback;
  }
}

/** Writes a body of `chars` characters for the next bench build. */
export function writeStaticBody(chars: number): void {
  mkdirSync(path.dirname(STATIC_BODY_FILE), { recursive: true });
  writeFileSync(STATIC_BODY_FILE, makeStaticBody(chars));
}
