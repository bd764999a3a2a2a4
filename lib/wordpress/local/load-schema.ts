import { stat } from 'node:fs/promises';

import type { GraphQLSchema } from 'graphql';

import { getLogger } from '@/lib/log';

import { createLocalSchema } from './schema';
import { loadWxrFile, type WxrDocument } from './wxr';

interface ExportState {
  /** The last schema built from a readable file, and that file's modification time. */
  good?: { schema: GraphQLSchema; mtimeMs: number };
  building?: Promise<GraphQLSchema>;
  /** The modification time of a version that could not be read, and why. */
  failed?: { mtimeMs: number; error: unknown };
}

const states = new Map<string, ExportState>();

// Next bundles each route apart, each with its own copy of this module and of graphql, so a
// schema cannot cross bundles. The last readable export, plain data, can: a route that had not
// built its schema yet when an edit broke the file builds it from this.
const LAST_GOOD_KEY = Symbol.for('portico.lastGoodExports');
const globalStore = globalThis as typeof globalThis & {
  [LAST_GOOD_KEY]?: Map<string, { document: WxrDocument; mtimeMs: number }>;
};
const lastGoodExports = (globalStore[LAST_GOOD_KEY] ??= new Map());

/**
 * The embedded WPGraphQL schema for an export file, built once per process and rebuilt when
 * the file changes on disk (checked by modification time on each use; a stat is cheap). When
 * a changed file cannot be read (a half-saved edit, a typo), the site keeps serving the last
 * good version and logs where the file broke; with no good version the error is thrown.
 */
export async function getLocalSchema(exportFile: string): Promise<GraphQLSchema> {
  let state = states.get(exportFile);
  if (!state) {
    state = {};
    states.set(exportFile, state);
  }
  const { good } = state;

  let mtimeMs: number;
  try {
    ({ mtimeMs } = await stat(exportFile));
  } catch (error) {
    if (good) return keepGood(good.schema, error);
    throw error;
  }
  if (good?.mtimeMs === mtimeMs) return good.schema;
  if (state.failed?.mtimeMs === mtimeMs) {
    if (good) return good.schema;
    throw state.failed.error;
  }

  state.building ??= build(exportFile, mtimeMs, state);
  try {
    return await state.building;
  } catch (error) {
    if (state.good) return keepGood(state.good.schema, error);
    throw error;
  }
}

async function build(
  exportFile: string,
  mtimeMs: number,
  state: ExportState,
): Promise<GraphQLSchema> {
  try {
    const document = await loadWxrFile(exportFile);
    const schema = createLocalSchema(document);
    lastGoodExports.set(exportFile, { document, mtimeMs });
    state.good = { schema, mtimeMs };
    state.failed = undefined;
    return schema;
  } catch (error) {
    state.failed = { mtimeMs, error };
    const fallback = lastGoodExports.get(exportFile);
    if (!state.good && fallback) {
      state.good = { schema: createLocalSchema(fallback.document), mtimeMs: fallback.mtimeMs };
    }
    throw error;
  } finally {
    state.building = undefined;
  }
}

function keepGood(schema: GraphQLSchema, error: unknown): GraphQLSchema {
  getLogger().error(
    { err: error instanceof Error ? error.message : String(error) },
    'content.export_unreadable_kept_previous',
  );
  return schema;
}
