import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadWxrFile, parseWxr } from './parse-wxr';
import { WxrParseError } from './wxr-parse-error';

const THEME_UNIT_TEST = path.resolve(
  process.cwd(),
  '../shared/fixtures/wordpress/themeunittestdata.wordpress.xml',
);

const SMALL = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/" xmlns:site="https://portico.dev/wxr/1.0">
<channel>
  <title>Small &amp; Fine</title>
  <link>https://example.test</link>
  <language>de-DE</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <site:show_on_front>page</site:show_on_front>
  <site:page_on_front>5</site:page_on_front>
  <site:page_for_posts>6</site:page_for_posts>
  <site:page_for_privacy_policy>7</site:page_for_privacy_policy>
  <site:posts_per_page>4</site:posts_per_page>
  <site:menu_location location="primary">main</site:menu_location>
  <site:menu_location location="footer">legal</site:menu_location>
  <item>
    <title>Hello</title>
    <dc:creator><![CDATA[ann]]></dc:creator>
    <content:encoded><![CDATA[  <p>keep my spaces</p>  ]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>12</wp:post_id>
    <wp:post_date>2024-01-02 03:04:05</wp:post_date>
    <wp:post_name>hello</wp:post_name>
    <wp:status>private</wp:status>
    <wp:post_type>post</wp:post_type>
    <wp:post_password>pw</wp:post_password>
    <wp:is_sticky>1</wp:is_sticky>
    <category domain="category" nicename="news"><![CDATA[News]]></category>
    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>13</wp:meta_value></wp:postmeta>
  </item>
  <item>
    <title>Photo</title>
    <wp:post_id>13</wp:post_id>
    <wp:post_type>attachment</wp:post_type>
    <wp:status>inherit</wp:status>
    <wp:attachment_url>https://example.test/p.jpg</wp:attachment_url>
    <wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key>
      <wp:meta_value><![CDATA[a:2:{s:5:"width";i:640;s:6:"height";i:480;}]]></wp:meta_value></wp:postmeta>
  </item>
</channel>
</rss>`;

describe('parseWxr', () => {
  it('reads items with their dates, status, password, stickiness, terms and meta', () => {
    const [post] = parseWxr(SMALL, 'small.xml').items;
    expect(post).toMatchObject({
      id: 12,
      type: 'post',
      title: 'Hello',
      slug: 'hello',
      status: 'private',
      date: '2024-01-02 03:04:05',
      authorLogin: 'ann',
      password: 'pw',
      isSticky: true,
      terms: [{ taxonomy: 'category', slug: 'news', name: 'News' }],
      meta: [{ key: '_thumbnail_id', value: '13' }],
    });
  });

  it('keeps CDATA content verbatim, whitespace included', () => {
    expect(parseWxr(SMALL, 'small.xml').items[0]?.content).toBe('  <p>keep my spaces</p>  ');
  });

  it('reads attachment URLs and the size from serialized attachment metadata', () => {
    const attachment = parseWxr(SMALL, 'small.xml').items[1];
    expect(attachment?.attachmentUrl).toBe('https://example.test/p.jpg');
    expect(attachment?.attachmentMetadata).toMatchObject({ width: 640, height: 480 });
  });

  it('reads the Portico settings under whatever prefix the file binds to their namespace', () => {
    expect(parseWxr(SMALL, 'small.xml').settings).toEqual({
      showOnFront: 'page',
      pageOnFront: 5,
      pageForPosts: 6,
      pageForPrivacyPolicy: 7,
      postsPerPage: 4,
      menuLocations: { primary: 'main', footer: 'legal' },
    });
  });

  it('falls back to a stock site after import when the extension is absent', () => {
    const plain = SMALL.replace('xmlns:site="https://portico.dev/wxr/1.0"', '');
    expect(parseWxr(plain, 'plain.xml').settings).toEqual({
      showOnFront: 'posts',
      pageOnFront: 0,
      pageForPosts: 0,
      pageForPrivacyPolicy: 0,
      postsPerPage: 10,
      menuLocations: {},
    });
  });

  it('decodes entities in plain text', () => {
    expect(parseWxr(SMALL, 'small.xml').site.title).toBe('Small & Fine');
  });

  it('rejects garbage with the file name and position', () => {
    expect(() => parseWxr('this is not < xml', 'garbage.xml')).toThrow(/^garbage\.xml:1:\d+: /);
  });

  it('rejects an empty file', () => {
    expect(() => parseWxr('  ', 'empty.xml')).toThrow(WxrParseError);
  });

  it('rejects well-formed XML that is not an RSS channel', () => {
    expect(() => parseWxr('<html><body/></html>', 'page.html')).toThrow(
      /page\.html:1:1: not a WordPress export/,
    );
  });

  it('names the line and column of a mismatched tag', () => {
    const broken = SMALL.replace('</wp:post_name>', '</wp:post_nam>');
    const line = SMALL.split('\n').findIndex((text) => text.includes('</wp:post_name>')) + 1;
    expect(() => parseWxr(broken, 'broken.xml')).toThrow(
      new RegExp(`^broken\\.xml:${line}:\\d+: `),
    );
  });
});

describe.skipIf(!existsSync(THEME_UNIT_TEST))('the theme unit test export', () => {
  it('loads every item type with the counts SOURCES.md gives', async () => {
    const doc = await loadWxrFile(THEME_UNIT_TEST);
    const count = (type: string) => doc.items.filter((item) => item.type === type).length;
    expect([count('post'), count('page'), count('attachment'), count('nav_menu_item')]).toEqual([
      58, 21, 37, 70,
    ]);
    expect(doc.authors.map((author) => author.login)).toEqual(['themedemos', 'themereviewteam']);
    expect(doc.categories).toHaveLength(68);
    expect(doc.categories.find((term) => term.slug === 'child-2')?.parentSlug).toBe('child-1');
    expect(doc.items.flatMap((item) => item.comments)).toHaveLength(33);
  });

  it('reports a truncated copy at its end, naming the file', () => {
    const xml = readFileSync(THEME_UNIT_TEST, 'utf8');
    const truncated = xml.slice(0, Math.floor(xml.length / 2));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxr-')), 'truncated.xml');
    writeFileSync(file, truncated);
    const lines = truncated.split('\n');
    const end = `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;

    return expect(loadWxrFile(file)).rejects.toThrow(`${file}:${end}: unexpected end of file`);
  });
});
