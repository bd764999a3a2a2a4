/**
 * `srcset` parsing and writing, after the HTML standard's candidate rules (a URL, then
 * descriptors up to a comma that is not inside parentheses).
 * @module
 */

/** One image candidate: its URL and the descriptor text (`300w`, `2x`, or empty). */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/** Splits a srcset value into candidates; empty URLs are skipped. */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let position = 0;

  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value.charAt(position))) position += 1;
    const urlStart = position;
    while (position < value.length && !/\s/.test(value.charAt(position))) position += 1;
    let url = value.slice(urlStart, position);
    let descriptor = '';

    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = position;
      let depth = 0;
      while (position < value.length) {
        const char = value.charAt(position);
        if (char === '(') depth += 1;
        if (char === ')') depth = Math.max(0, depth - 1);
        if (char === ',' && depth === 0) break;
        position += 1;
      }
      descriptor = value.slice(descriptorStart, position).trim();
      position += 1;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Writes candidates back as a srcset value. */
export function stringifySrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates
    .map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url))
    .join(', ');
}
