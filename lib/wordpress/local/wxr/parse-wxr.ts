import { readFile } from 'node:fs/promises';

import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { readAuthors, readCategories, readSite, readTags, readTerms } from './read-channel';
import { readItem } from './read-item';
import { readPorticoSettings } from './read-portico-settings';
import type { WxrDocument } from './types';
import { WxrParseError, type WxrPosition } from './wxr-parse-error';
import { children, childText, PARSER_OPTIONS, type XmlNode } from './xml-node';

/**
 * Parses a WordPress export (WXR) into the typed domain.
 * @throws WxrParseError naming `fileName` and the line/column when the XML is malformed,
 * truncated, or not an RSS channel.
 * @example parseWxr(await readFile('site.xml', 'utf8'), 'site.xml').items.length
 */
export function parseWxr(xml: string, fileName: string): WxrDocument {
  assertWellFormed(xml, fileName);

  let root: XmlNode;
  try {
    root = new XMLParser(PARSER_OPTIONS).parse(xml) as XmlNode;
  } catch (cause) {
    throw new WxrParseError(fileName, 'not readable as XML', undefined, { cause });
  }
  const rss = root.rss as XmlNode | undefined;
  const channel =
    rss && typeof rss === 'object' ? (children(rss, 'channel')[0] ?? undefined) : undefined;
  if (!rss || !channel) {
    throw new WxrParseError(fileName, 'not a WordPress export: no <rss><channel>', {
      line: 1,
      column: 1,
    });
  }

  return {
    fileName,
    wxrVersion: childText(channel, 'wp:wxr_version'),
    site: readSite(channel),
    authors: readAuthors(channel),
    categories: readCategories(channel),
    tags: readTags(channel),
    terms: readTerms(channel),
    items: children(channel, 'item').map(readItem),
    settings: readPorticoSettings(rss, channel),
  };
}

/** Reads and parses an export file; errors name the path. */
export async function loadWxrFile(filePath: string): Promise<WxrDocument> {
  return parseWxr(await readFile(filePath, 'utf8'), filePath);
}

function assertWellFormed(xml: string, fileName: string): void {
  if (xml.trim() === '')
    throw new WxrParseError(fileName, 'the file is empty', { line: 1, column: 1 });
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (result === true) return;

  const { msg, line, col } = result.err;
  // The validator reports unclosed elements at 1:1; the file actually broke where it ends.
  if (/^Invalid '\[.*\]' found\.$/s.test(msg) || msg.startsWith('Unclosed')) {
    const open = msg.replace(/^Invalid '\[|\]' found\.$/g, '').replace(/[\s"]+/g, '');
    throw new WxrParseError(fileName, `unexpected end of file; still open: ${open}`, endOf(xml));
  }
  throw new WxrParseError(fileName, msg, { line, column: col ?? 1 });
}

function endOf(text: string): WxrPosition {
  const lines = text.split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}
