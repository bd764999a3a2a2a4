/**
 * The embedded schema against answers recorded from a real WordPress 6.1 + WPGraphQL 2.12 that
 * imported the theme unit test export (../shared/fixtures/wpgraphql/recorded/README.md).
 * Term ids, cursors and `extensions` are masked (the importer numbers terms itself); every
 * other difference fails with a diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { execute, parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { createLocalSchema, type LocalGraphQLContext } from '@/lib/wordpress/local/schema';
import { parseWxr } from '@/lib/wordpress/local/wxr';

const FIXTURES = path.resolve(process.cwd(), '../shared/fixtures');
const RECORDED = path.join(FIXTURES, 'wpgraphql/recorded');
const EXPORT_FILE = path.join(FIXTURES, 'wordpress/themeunittestdata.wordpress.xml');
const hasFixtures = existsSync(RECORDED) && existsSync(EXPORT_FILE);

/** Files this suite does not replay, and why. */
const SKIPPED = new Set([
  'introspection.json', // the whole core schema; the embedded one is a subset by design
  'introspection-disabled-anonymous.json', // the embedded schema does not gate introspection
]);
const isSkipped = (file: string) =>
  SKIPPED.has(file) || file.startsWith('content-rendered') || !file.endsWith('.json');

/** Who sent the request: all anonymous except the administrator's menu listing. */
const VIEWERS: Record<string, LocalGraphQLContext['viewer']> = { 'menus-as-admin.json': 'editor' };

/**
 * Recorded answers the embedded schema cannot reproduce, with the reason. Each is still run,
 * and the suite fails if it starts to match (so the list never goes stale).
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};

interface Recorded {
  query: string;
  variables: Record<string, unknown>;
  response: { data?: unknown; errors?: { message: string; path?: unknown[] }[] };
}

describe.skipIf(!hasFixtures)('embedded schema vs recorded WPGraphQL answers', () => {
  let schema: GraphQLSchema;

  beforeAll(() => {
    const doc = parseWxr(readFileSync(EXPORT_FILE, 'utf8'), EXPORT_FILE);
    schema = createLocalSchema(doc, {
      siteUrl: 'http://127.0.0.1:8088',
      importAttachments: false,
      now: () => new Date('2026-12-04T12:00:00Z'),
    });
  });

  const files = hasFixtures
    ? readdirSync(RECORDED)
        .filter((file) => !isSkipped(file))
        .sort()
    : [];

  it('finds the recorded answers to replay', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files) {
    const reason = KNOWN_DIFFERENCES[file];
    it(`${reason ? 'still differs on' : 'answers'} ${file}${reason ? ` (${reason})` : ''}`, async () => {
      const recorded = JSON.parse(readFileSync(path.join(RECORDED, file), 'utf8')) as Recorded;
      const actual = await execute({
        schema,
        document: parse(recorded.query),
        variableValues: recorded.variables,
        contextValue: { viewer: VIEWERS[file] ?? 'anonymous' } satisfies LocalGraphQLContext,
      });
      const expected = comparable(recorded.response);
      const got = comparable(JSON.parse(JSON.stringify(actual)) as Recorded['response']);
      if (reason) expect(got).not.toEqual(expected);
      else expect(got).toEqual(expected);
    });
  }
});

/** The parts of a response that must match, with the allowed differences masked. */
function comparable(response: Recorded['response']): unknown {
  const errors = response.errors?.map((error) => ({ message: error.message, path: error.path }));
  return { data: mask(response.data), ...(errors ? { errors } : {}) };
}

const TERM_TYPES = new Set(['Category', 'Tag', 'Menu']);
const CURSOR_KEYS = new Set(['cursor', 'startCursor', 'endCursor']);
const HTML_KEYS = new Set(['content', 'excerpt']);

function mask(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mask);
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const isTerm = isTermObject(node);
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    if (CURSOR_KEYS.has(key) && typeof child === 'string') result[key] = '<cursor>';
    else if (isTerm && (key === 'databaseId' || key === 'parentDatabaseId') && child !== null) {
      result[key] = '<term id>';
    } else if (key === 'id' && typeof child === 'string' && decode(child).startsWith('term:')) {
      result[key] = '<term global id>';
    } else if (HTML_KEYS.has(key) && typeof child === 'string') result[key] = normaliseHtml(child);
    else result[key] = mask(child);
  }
  return result;
}

function isTermObject(node: Record<string, unknown>): boolean {
  if (typeof node.__typename === 'string') return TERM_TYPES.has(node.__typename);
  if (typeof node.id === 'string') return decode(node.id).startsWith('term:');
  const uri = node.uri;
  return typeof uri === 'string' && /^\/(category|tag)\//.test(uri) && 'name' in node;
}

function decode(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}

/** HTML compared modulo whitespace runs and attribute order. */
function normaliseHtml(html: string): string {
  return html
    .replace(
      /<([a-zA-Z][\w-]*)(\s[^<>]*?)?(\/?)>/g,
      (_tag, name: string, attrs = '', slash: string) => {
        const list = [...String(attrs).matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)]
          .map((match) => (match[2] === undefined ? match[1] : `${match[1]}=${match[2]}`))
          .sort();
        return `<${name}${list.length ? ` ${list.join(' ')}` : ''}${slash ? ' /' : ''}>`;
      },
    )
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}
