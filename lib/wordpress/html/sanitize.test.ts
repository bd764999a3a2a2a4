import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

import { descendants } from './dom';
import { sanitizeWordPressHtml } from './sanitize';
import { ALLOWED_TAGS } from './sanitize-policy';
import { LINK_SCHEMES, hasAllowedScheme } from './safe-url';

// [case, hostile input, exact expected output]. Each output was read and judged safe by hand;
// the structural check below re-verifies them all independently of the exact strings.
const HOSTILE: [string, string, string][] = [
  ['event handler attribute', '<p onclick="x()">Hi</p>', '<p>Hi</p>'],
  ['event handler in upper case', '<P ONMOUSEOVER="x()">Hi</P>', '<p>Hi</p>'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>', 'x'],
  ['mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
  [
    'decimal entity javascript: link',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    'x',
  ],
  ['hex entity javascript: link', '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>', 'x'],
  ['entity without semicolon', '<a href="&#106avascript:alert(1)">x</a>', 'x'],
  ['padded numeric entity', '<a href="&#0000106&#0000097vascript:alert(1)">x</a>', 'x'],
  ['newline inside scheme', '<a href="java\nscript:alert(1)">x</a>', 'x'],
  ['encoded tab inside scheme', '<a href="java&#x09;script:alert(1)">x</a>', 'x'],
  ['encoded newline inside scheme', '<a href="jav&#x0A;ascript:alert(1)">x</a>', 'x'],
  ['leading control characters', '<a href=" &#14;  javascript:alert(1)">x</a>', 'x'],
  ['named entity colon', '<a href="javascript&colon;alert(1)">x</a>', 'x'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', 'x'],
  ['unquoted javascript: img', "<IMG SRC=JaVaScRiPt:alert('XSS')>", ''],
  ['img onerror', '<img src=x onerror=alert(1)>', '<img src="x" />'],
  ['data: image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="d">', ''],
  [
    'javascript: in srcset',
    '<img src="https://a.example/a.jpg" srcset="javascript:alert(1) 1x, https://a.example/b.jpg 2x">',
    '<img src="https://a.example/a.jpg" srcset="https://a.example/b.jpg 2x" />',
  ],
  [
    'only javascript: in srcset',
    '<img src="https://a.example/a.jpg" srcset="javascript:alert(1) 1x">',
    '<img src="https://a.example/a.jpg" />',
  ],
  ['script element', '<script>alert(1)</script>after', 'after'],
  ['split script tag', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
  ['extra opening bracket', '<<script>alert(1);//<</script>', '&lt;'],
  ['unclosed script', '<p>a</p><script>alert(1)', '<p>a</p>'],
  ['style element', '<style>body{display:none}</style>text', 'text'],
  [
    'svg with onload',
    '<svg onload=alert(1)><script>alert(1)</script><title>t</title></svg>after',
    'after',
  ],
  [
    'svg foreignObject',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
    '',
  ],
  [
    'math mglyph style confusion',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '',
  ],
  ['style url(javascript:)', '<p style="background:url(javascript:alert(1))">c</p>', '<p>c</p>'],
  [
    'style expression()',
    '<p style="width:expression(alert(1));color:red">c</p>',
    '<p style="color:red">c</p>',
  ],
  [
    'style url() remote image',
    '<p style="background-image:url(https://evil.example/x.png)">c</p>',
    '<p>c</p>',
  ],
  [
    'style escaped url',
    '<p style="color:red;background-image:u\\72l(https://evil.example/x.png)">c</p>',
    '<p style="color:red">c</p>',
  ],
  [
    'style position fixed',
    '<div style="position:fixed;top:0;left:0;width:100%;z-index:9999">x</div>',
    '<div style="width:100%">x</div>',
  ],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">m', 'm'],
  ['base href', '<base href="https://evil.example/">b', 'b'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">l', 'l'],
  ['template content', '<template><img src=x onerror=alert(1)></template>t', 't'],
  [
    'noscript attribute breakout',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '',
  ],
  ['conditional comment', '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->c', 'c'],
  ['abrupt empty comment', '<!--><img src=x onerror=alert(1)>-->', '<img src="x" />--&gt;'],
  ['comment with closing bang', '<!-- a --!><img src=x onerror=alert(1)>', ''],
  ['cdata in html', '<![CDATA[<img src=x onerror=alert(1)>]]>', ''],
  [
    'iframe without allowlist',
    '<iframe src="https://www.youtube.com/embed/x"></iframe>',
    '<a href="https://www.youtube.com/embed/x" class="wp-embed-card" rel="noopener noreferrer">https://www.youtube.com/embed/x</a>',
  ],
  ['javascript: iframe', '<iframe src="javascript:alert(1)"></iframe>', ''],
  ['srcdoc iframe', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', ''],
  ['object and embed', '<object data="x.swf"><embed src="x.swf">fallback</object>', ''],
  [
    'form controls',
    '<form action="https://evil.example"><input name="x"><button formaction="javascript:alert(1)">Go</button><label>Lab</label></form>after',
    'after',
  ],
  [
    'attribute injection with quotes',
    '<div title="a" x=">"><img src="a.jpg" alt="a"></div>',
    '<div title="a"><img src="a.jpg" alt="a" /></div>',
  ],
  [
    'attribute breakout via backtick',
    '<img src="a.jpg" alt="`onerror=alert(1)">',
    '<img src="a.jpg" alt="`onerror=alert(1)" />',
  ],
  [
    'xmp breakout',
    '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>',
    '<img src="x" />"&gt;',
  ],
  ['textarea breakout', '<textarea><img src=x onerror=alert(1)></textarea>t', 't'],
  ['title element', '<title><img src=x onerror=alert(1)></title>t', 't'],
  [
    'nested anchors',
    '<a href="https://a.example/"><a href="javascript:alert(1)">in</a></a>',
    '<a href="https://a.example/">in</a>',
  ],
  ['unclosed tags', '<p><b>unclosed <i>nested', '<p><b>unclosed <i>nested</i></b></p>'],
  ['role button', '<span role="button">r</span>', '<span>r</span>'],
  ['data attributes', '<div data-toggle="modal" data-target="#x">d</div>', '<div>d</div>'],
  [
    'name clobbering',
    '<img name="getElementById" src="a.jpg" alt="a">',
    '<img src="a.jpg" alt="a" />',
  ],
  [
    'id clobbering a global',
    '<div id="__next_f">d</div><div id="dataLayer">d</div>',
    '<div id="wp-__next_f">d</div><div id="wp-dataLayer">d</div>',
  ],
  [
    'foreign classes',
    '<div class="fixed inset-0 z-50 wp-block-group">d</div>',
    '<div class="wp-block-group">d</div>',
  ],
  [
    'video poster javascript:',
    '<video controls poster="javascript:alert(1)" src="https://a.example/v.mp4"></video>',
    '<video controls src="https://a.example/v.mp4"></video>',
  ],
  [
    'blockquote cite javascript:',
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    '<blockquote>q</blockquote>',
  ],
  [
    'protocol-relative with backslash',
    '<a href="\\\\evil.example/x">x</a>',
    '<a href="\\\\evil.example/x">x</a>',
  ],
  [
    'mailto link',
    '<a href="mailto:someone@example.com">m</a>',
    '<a href="mailto:someone@example.com">m</a>',
  ],
  [
    'target other than _blank',
    '<a href="https://a.example/" target="_top" rel="nofollow author">x</a>',
    '<a href="https://a.example/" rel="nofollow">x</a>',
  ],
];

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'formaction', 'background'];

/** Every element allowed, no handler attributes, every URL attribute on a safe scheme. */
function expectStructurallySafe(html: string): void {
  for (const node of descendants(parseDocument(html))) {
    if (!isTag(node)) continue;
    expect(ALLOWED_TAGS).toContain(node.name);
    for (const [name, value] of Object.entries(node.attribs)) {
      expect(name).not.toMatch(/^on/);
      expect(name).not.toBe('srcdoc');
      if (URL_ATTRIBUTES.includes(name)) expect(hasAllowedScheme(value, LINK_SCHEMES)).toBe(true);
      if (name === 'style') expect(value).not.toMatch(/url|expression|\\|position/i);
    }
  }
}

describe('sanitizeWordPressHtml with hostile input', () => {
  it.each(HOSTILE)('neutralises %s', (_name, input, expected) => {
    const output = sanitizeWordPressHtml(input);
    expect(output).toBe(expected);
    expectStructurallySafe(output);
  });

  it('keeps an iframe only from an allowlisted host, lazy and without referrer', () => {
    const input =
      '<iframe src="https://www.youtube.com/embed/x" onload="x()" width="560" srcdoc="y"></iframe>' +
      '<iframe src="https://evil.example/embed/x"></iframe>';
    expect(sanitizeWordPressHtml(input, { iframeHosts: ['www.youtube.com'] })).toBe(
      '<iframe src="https://www.youtube.com/embed/x" loading="lazy" referrerpolicy="no-referrer" width="560"></iframe>' +
        '<a href="https://evil.example/embed/x" class="wp-embed-card" rel="noopener noreferrer">https://evil.example/embed/x</a>',
    );
  });

  it('does not let a host suffix pass the iframe allowlist', () => {
    const input = '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>';
    expect(sanitizeWordPressHtml(input, { iframeHosts: ['www.youtube.com'] })).not.toContain(
      '<iframe',
    );
  });

  it('escapes markup smuggled through an allowed iframe', () => {
    const input =
      '<iframe src="https://www.youtube.com/embed/x"><img title="</iframe><img src=x onerror=alert(1)>"></iframe>';
    const output = sanitizeWordPressHtml(input, { iframeHosts: ['www.youtube.com'] });
    expect(output).not.toMatch(/<img[^>]*onerror/);
    expect(output.match(/<\/iframe>/g)).toHaveLength(1);
  });
});

describe('sanitizeWordPressHtml with real content', () => {
  it('adds noopener noreferrer to target=_blank links and keeps other rel tokens', () => {
    expect(
      sanitizeWordPressHtml('<a href="https://a.example/" target="_BLANK" rel="nofollow">a</a>'),
    ).toBe('<a href="https://a.example/" target="_blank" rel="nofollow noopener noreferrer">a</a>');
  });

  it('keeps tables with their parts and scope, colspan and rowspan', () => {
    const table =
      '<table><caption>C</caption><colgroup><col span="2" /></colgroup><thead><tr><th scope="col" colspan="2">H</th></tr></thead>' +
      '<tbody><tr><td rowspan="2">D</td></tr></tbody><tfoot><tr><td>F</td></tr></tfoot></table>';
    expect(sanitizeWordPressHtml(table)).toBe(table);
  });

  it('keeps figures, captioned images with responsive attributes and WordPress classes', () => {
    const figure =
      '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="640" height="480" ' +
      'src="https://a.example/a.jpg" alt="A bell" class="wp-image-754" srcset="https://a.example/a.jpg 640w, https://a.example/b.jpg 300w" ' +
      'sizes="(max-width: 640px) 100vw, 640px" /><figcaption class="wp-element-caption">Bell</figcaption></figure>';
    expect(sanitizeWordPressHtml(figure)).toBe(figure);
  });

  it('keeps picture, audio and video with their sources and tracks', () => {
    const media =
      '<picture><source srcset="https://a.example/a.webp" type="image/webp" /><img src="https://a.example/a.jpg" alt="" /></picture>' +
      '<audio controls preload="none" src="https://a.example/a.mp3"></audio>' +
      '<video controls playsinline poster="https://a.example/p.jpg"><source src="https://a.example/v.mp4" type="video/mp4" />' +
      '<track src="https://a.example/v.vtt" kind="captions" srclang="en" label="English" /></video>';
    expect(sanitizeWordPressHtml(media)).toBe(media);
  });

  it('keeps text-level semantics, code, details and definition lists', () => {
    const text =
      '<p><abbr title="HyperText">HTML</abbr> <acronym title="x">X</acronym> <dfn>d</dfn> <time datetime="2024-01-01">then</time> ' +
      '<ins datetime="2024-01-01">i</ins> <del>d</del> <mark>m</mark> <sub>2</sub> <sup>2</sup> <small>s</small> <s>s</s> <u>u</u> ' +
      '<q cite="https://a.example/">q</q> <kbd>k</kbd> <samp>s</samp> <var>v</var></p><pre class="wp-block-code"><code class="language-js">a &lt; b</code></pre>' +
      '<details open><summary>S</summary><p>body</p></details><dl><dt>t</dt><dd>d</dd></dl><address>A</address><hr /><blockquote cite="https://a.example/"><p>q</p><cite>c</cite></blockquote>';
    expect(sanitizeWordPressHtml(text)).toBe(text);
  });

  it('keeps the safe style declarations block content uses and drops the rest', () => {
    const input =
      '<p style="text-align:center;color:#cf2e2e;background-color:var(--wp--preset--color--pale-pink);' +
      'font-size:clamp(1rem, 1rem + 1vw, 2rem);margin-top:-999px;position:absolute">c</p>';
    expect(sanitizeWordPressHtml(input)).toBe(
      '<p style="text-align:center;color:#cf2e2e;background-color:var(--wp--preset--color--pale-pink);font-size:clamp(1rem, 1rem + 1vw, 2rem)">c</p>',
    );
  });

  it('prefixes in-page links together with the ids they point at', () => {
    const input =
      '<a href="#top">t</a><h2 id="top">T</h2><h2 id="my-heading">H</h2><a href="#my-heading">h</a>';
    expect(sanitizeWordPressHtml(input)).toBe(
      '<a href="#wp-top">t</a><h2 id="wp-top">T</h2><h2 id="my-heading">H</h2><a href="#my-heading">h</a>',
    );
  });

  it('turns an old-style named anchor into an id and unwraps links left without href', () => {
    expect(sanitizeWordPressHtml('<a name="old">anchor</a> <a>plain</a>')).toBe(
      '<a id="wp-old">anchor</a> plain',
    );
  });

  it('keeps the empty alt of a decorative image', () => {
    expect(sanitizeWordPressHtml('<img src="/a.png" alt="">')).toBe('<img src="/a.png" alt="" />');
  });
});
