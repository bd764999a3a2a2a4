/**
 * WordPress's wptexturize: curly quotes, dashes, ellipses and primes in text, leaving HTML
 * tags, comments, registered shortcodes and the insides of <pre>, <code>, <kbd>, <style>,
 * <script> and <tt> alone.
 * @module
 */
import { replaceAll, splitHtmlAndShortcodes } from './html-split';
import { phpTrim, SPACES } from './php';

const OPEN_Q = '&#8220;';
const CLOSE_Q = '&#8221;';
const APOS = '&#8217;';
const PRIME = '&#8242;';
const DOUBLE_PRIME = '&#8243;';
const OPEN_SQ = '&#8216;';
const CLOSE_SQ = '&#8217;';
const EN_DASH = '&#8211;';
const EM_DASH = '&#8212;';

const OPEN_Q_FLAG = '<!--oq-->';
const OPEN_SQ_FLAG = '<!--osq-->';
const APOS_FLAG = '<!--apos-->';

const NO_TEXTURIZE_TAGS = ['pre', 'code', 'kbd', 'style', 'script', 'tt'];
const NO_TEXTURIZE_SHORTCODES = ['code'];

const COCKNEY = ["'tain't", "'twere", "'twas", "'tis", "'twill", "'til", "'bout", "'nuff"]
  .concat(["'round", "'cause", "'em"])
  .map((word): [string, string] => [word, APOS + word.slice(1).replace("'", APOS)]);

const STATIC_PAIRS: [string, string][] = [
  ['...', '&#8230;'],
  ['``', OPEN_Q],
  ["''", CLOSE_Q],
  [' (tm)', ' &#8482;'],
  ...COCKNEY,
];

/** PHP's \Z: the end of the subject or just before a final newline. */
const END = '\\n?$';
const CLOSERS = `(?=${END}|[.,:;!?)}\\-\\]]|&gt;|${SPACES})`;

const APOS_RULES: [RegExp, string][] = [
  [new RegExp(`'(\\d\\d)'${CLOSERS}`, 'g'), `${APOS_FLAG}$1${CLOSE_SQ}`],
  [new RegExp(`'(\\d\\d)"${CLOSERS}`, 'g'), `${APOS_FLAG}$1${CLOSE_Q}`],
  [new RegExp(`'(?=\\d\\d(?:${END}|(?![%\\d]|[.,]\\d)))`, 'g'), APOS_FLAG],
  [new RegExp(`(?<=^|${SPACES})'(\\d[.,\\d]*)'`, 'g'), `${OPEN_SQ_FLAG}$1${CLOSE_SQ}`],
  [new RegExp(`(?<=^|[([{"\\-]|&lt;|${SPACES})'`, 'g'), OPEN_SQ_FLAG],
  [new RegExp(`(?<!${SPACES})'(?!${END}|[.,:;!?"'(){}[\\]\\-]|&[lg]t;|${SPACES})`, 'g'), APOS_FLAG],
];

const QUOTE_RULES: [RegExp, string][] = [
  [new RegExp(`(?<=^|${SPACES})"(\\d[.,\\d]*)"`, 'g'), `${OPEN_Q_FLAG}$1${CLOSE_Q}`],
  [new RegExp(`(?<=^|[([{\\-]|&lt;|${SPACES})"(?!${SPACES})`, 'g'), OPEN_Q_FLAG],
];

const DASH_RULES: [RegExp, string][] = [
  [/---/g, EM_DASH],
  [new RegExp(`(?<=^|${SPACES})--(?=$|${SPACES})`, 'g'), EM_DASH],
  [/(?<!xn)--/g, EN_DASH],
  [new RegExp(`(?<=^|${SPACES})-(?=$|${SPACES})`, 'g'), EN_DASH],
];

const BARE_AMPERSAND = /&(?!#(?:\d+|x[a-f0-9]+);|[a-z1-4]{1,8};)/gi;

/** Replaces each bare `&` with `&#038;`, leaving anything that looks like an entity. */
export function escapeBareAmpersands(text: string): string {
  return text.replace(BARE_AMPERSAND, '&#038;');
}

/**
 * Texturizes `text` as WordPress 6.1's wptexturize does with the default (English) quotes.
 * @param shortcodeTags the registered shortcode names; their tags are never texturized.
 */
export function texturize(text: string, shortcodeTags: readonly string[]): string {
  if (text === '') return text;

  const tagStack: string[] = [];
  const shortcodeStack: string[] = [];
  const tokens = splitHtmlAndShortcodes(text, shortcodeTags);

  return tokens
    .map((token) => {
      if (token.kind === 'comment') return token.text;
      if (token.kind === 'tag') {
        const tag = escapeBareAmpersands(token.text);
        pushPopElement(tag, tagStack, NO_TEXTURIZE_TAGS);
        return tag;
      }
      if (token.kind === 'shortcode') {
        if (!token.text.startsWith('[[') && !token.text.endsWith(']]')) {
          pushPopElement(token.text, shortcodeStack, NO_TEXTURIZE_SHORTCODES);
        }
        return token.text;
      }
      if (phpTrim(token.text) === '') return token.text;
      if (shortcodeStack.length > 0 || tagStack.length > 0) return token.text;
      return texturizeText(token.text);
    })
    .join('');
}

function texturizeText(input: string): string {
  let text = replaceAll(input, STATIC_PAIRS);

  if (text.includes("'")) {
    text = applyRules(text, APOS_RULES);
    text = replacePrimes(text, "'", PRIME, OPEN_SQ_FLAG, CLOSE_SQ);
    text = text.split(APOS_FLAG).join(APOS).split(OPEN_SQ_FLAG).join(OPEN_SQ);
  }
  if (text.includes('"')) {
    text = applyRules(text, QUOTE_RULES);
    text = replacePrimes(text, '"', DOUBLE_PRIME, OPEN_Q_FLAG, CLOSE_Q);
    text = text.split(OPEN_Q_FLAG).join(OPEN_Q);
  }
  if (text.includes('-')) text = applyRules(text, DASH_RULES);

  if (/(?<=\d)x\d/.test(text)) {
    text = text.replace(/\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b/g, '$1&#215;$2');
  }
  return escapeBareAmpersands(text);
}

function applyRules(text: string, rules: [RegExp, string][]): string {
  return rules.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

const PRIME_FLAG = '<!--wp-prime-or-quote-->';

/** Port of wptexturize_primes: tells closing quotes from primes (feet, inches, minutes). */
function replacePrimes(
  haystack: string,
  needle: "'" | '"',
  prime: string,
  openQuote: string,
  closeQuote: string,
): string {
  const quotePattern = new RegExp(`${needle}${CLOSERS}`, 'g');
  const primePattern = new RegExp(`(?<=\\d)${needle}`, 'g');
  const flagAfterDigit = new RegExp(`(?<=\\d)${PRIME_FLAG}`, 'g');
  const flagNoDigit = new RegExp(`(?<!\\d)${PRIME_FLAG}`, 'g');

  const sentences = haystack.split(openQuote).map((original, index) => {
    let sentence = original;
    if (!sentence.includes(needle)) return sentence;

    if (index !== 0 && !sentence.includes(closeQuote)) {
      const count = (sentence.match(quotePattern) ?? []).length;
      sentence = sentence.replace(quotePattern, PRIME_FLAG);
      if (count > 1) {
        const noDigitCount = (sentence.match(flagNoDigit) ?? []).length;
        sentence = sentence.replace(flagNoDigit, closeQuote);
        if (noDigitCount === 0) {
          const withPeriod = sentence.lastIndexOf(`${PRIME_FLAG}.`);
          const pos = withPeriod >= 0 ? withPeriod : sentence.lastIndexOf(PRIME_FLAG);
          sentence = sentence.slice(0, pos) + closeQuote + sentence.slice(pos + PRIME_FLAG.length);
        }
        sentence = sentence.replace(primePattern, prime).replace(flagAfterDigit, prime);
        sentence = sentence.split(PRIME_FLAG).join(closeQuote);
      } else if (count === 1) {
        sentence = sentence.split(PRIME_FLAG).join(closeQuote).replace(primePattern, prime);
      } else {
        sentence = sentence.replace(primePattern, prime);
      }
    } else {
      sentence = sentence.replace(primePattern, prime).replace(quotePattern, closeQuote);
    }
    if (needle === '"' && sentence.includes('"')) sentence = sentence.split('"').join(closeQuote);
    return sentence;
  });
  return sentences.join(openQuote);
}

/** Tracks entry into and exit from elements (or shortcodes) that must not be texturized. */
function pushPopElement(text: string, stack: string[], disabled: readonly string[]): void {
  const isOpening = text.length > 1 && text[1] !== '/';
  if (!isOpening && stack.length === 0) return;

  const nameOffset = isOpening ? 1 : 2;
  const space = text.indexOf(' ');
  const tag = space === -1 ? text.slice(nameOffset, -1) : text.slice(nameOffset, space);
  if (!disabled.includes(tag)) return;

  if (isOpening) stack.push(tag);
  else if (stack[stack.length - 1] === tag) stack.pop();
}
