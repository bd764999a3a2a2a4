/**
 * WordPress's wpautop: double line breaks become paragraphs, single ones `<br />`.
 *
 * A port of the PHP function rather than @wordpress/autop: the npm package collapses
 * whitespace around only the first <figcaption>, trims placeholders differently and lacks
 * the `<hr>` rule, and those differences show on the theme unit test content.
 * @module
 */
import { replaceInHtmlTags } from './html-split';
import { PHP_SPACE as S, phpTrim } from './php';

const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map' +
  '|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside' +
  '|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

const re = (source: string, flags = 'g') => new RegExp(source, flags);

/** Replaces each `<pre>…</pre>` with a placeholder so its line breaks survive. */
function protectPre(text: string): { text: string; pre: [string, string][] } {
  const pre: [string, string][] = [];
  if (!text.includes('<pre')) return { text, pre };

  const parts = text.split('</pre>');
  const last = parts.pop() ?? '';
  let out = '';
  for (const part of parts) {
    const start = part.indexOf('<pre');
    if (start === -1) {
      out += part;
      continue;
    }
    const name = `<pre wp-pre-tag-${pre.length}></pre>`;
    pre.push([name, `${part.slice(start)}</pre>`]);
    out += part.slice(0, start) + name;
  }
  return { text: out + last, pre };
}

function collapseAroundElements(input: string): string {
  let text = input;
  if (text.includes('<option')) {
    text = text.replace(re(`${S}*<option`), '<option').replace(re(`</option>${S}*`), '</option>');
  }
  if (text.includes('</object>')) {
    text = text
      .replace(re(`(<object[^>]*>)${S}*`), '$1')
      .replace(re(`${S}*</object>`), '</object>');
    text = text.replace(re(`${S}*(</?(?:param|embed)[^>]*>)${S}*`), '$1');
  }
  if (text.includes('<source') || text.includes('<track')) {
    text = text.replace(re(`([<[](?:audio|video)[^>\\]]*[>\\]])${S}*`), '$1');
    text = text.replace(re(`${S}*([<[]/(?:audio|video)[>\\]])`), '$1');
    text = text.replace(re(`${S}*(<(?:source|track)[^>]*>)${S}*`), '$1');
  }
  if (text.includes('<figcaption')) {
    text = text.replace(re(`${S}*(<figcaption[^>]*>)`), '$1');
    text = text.replace(re(`</figcaption>${S}*`), '</figcaption>');
  }
  return text;
}

function wrapParagraphs(input: string): string {
  const paragraphs = input
    .replace(/\n\n+/g, '\n\n')
    .split(re(`\\n${S}*\\n`))
    .filter((p) => p !== '');
  let text = paragraphs.map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`).join('');

  text = text.replace(re(`<p>${S}*</p>`), '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1');
  text = text.replace(/<p>(<li[^\n]+?)<\/p>/g, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.split('</blockquote></p>').join('</p></blockquote>');
  text = text.replace(re(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)`), '$1');
  return text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`), '$1');
}

function insertLineBreaks(input: string): string {
  let text = input.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (m) =>
    m.split('\n').join('<WPPreserveNewline />'),
  );
  text = text.split('<br>').join('<br />').split('<br/>').join('<br />');
  text = text.replace(re(`(?<!<br />)${S}*\\n`), '<br />\n');
  return text.split('<WPPreserveNewline />').join('\n');
}

/**
 * Port of WordPress 6.1's wpautop.
 * @param br whether remaining single line breaks become `<br />`
 */
export function autop(input: string, br = true): string {
  if (phpTrim(input) === '') return '';

  const { text: protectedText, pre } = protectPre(`${input}\n`);
  let text = protectedText.replace(re(`<br${S}*/?>${S}*<br${S}*/?>`), '\n\n');
  text = text.replace(re(`(<${ALL_BLOCKS}[${S.slice(1, -1)}/>])`), '\n\n$1');
  text = text.replace(re(`(</${ALL_BLOCKS}>)`), '$1\n\n');
  text = text.replace(re(`(<hr${S}*?/?>)`), '$1\n\n');
  text = text.replace(/\r\n|\r/g, '\n');
  text = replaceInHtmlTags(text, [['\n', ' <!-- wpnl --> ']]);
  text = wrapParagraphs(collapseAroundElements(text));

  if (br) text = insertLineBreaks(text);
  text = text.replace(re(`(</?${ALL_BLOCKS}[^>]*>)${S}*<br />`), '$1');
  text = text.replace(re(`<br />(${S}*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`), '$1');
  text = text.replace(/\n<\/p>(?=\n?$)/, '</p>');

  for (const [name, original] of pre) text = text.split(name).join(original);
  if (text.includes('<!-- wpnl -->')) {
    text = text.split(' <!-- wpnl --> ').join('\n').split('<!-- wpnl -->').join('\n');
  }
  return text;
}
