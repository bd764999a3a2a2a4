/** A piece of plain text: words, or a link to show as one. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

// http(s) URLs up to white space or an angle bracket; punctuation that ends a sentence is not
// part of the link.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]'}]+$/;

/** Splits plain text (a mail's text body) into text and http(s) links, in order. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!URL.canParse(href)) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', href });
    last = match.index + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
