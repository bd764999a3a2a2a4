import { stat } from 'node:fs/promises';

import type { GraphQLSchema } from 'graphql';

import { createLocalSchema } from './schema';
import { loadWxrFile } from './wxr';

interface LoadedSchema {
  schema: GraphQLSchema;
  mtimeMs: number;
}

const loaded = new Map<string, Promise<LoadedSchema>>();

/**
 * The embedded WPGraphQL schema for an export file, built once per process and rebuilt when
 * the file changes on disk (checked by modification time on each use; a stat is cheap).
 */
export async function getLocalSchema(exportFile: string): Promise<GraphQLSchema> {
  const current = loaded.get(exportFile);
  if (current) {
    const entry = await current;
    const { mtimeMs } = await stat(exportFile);
    if (mtimeMs === entry.mtimeMs) return entry.schema;
  }
  const next = buildSchema(exportFile);
  loaded.set(exportFile, next);
  next.catch(() => loaded.delete(exportFile));
  return (await next).schema;
}

async function buildSchema(exportFile: string): Promise<LoadedSchema> {
  const { mtimeMs } = await stat(exportFile);
  const document = await loadWxrFile(exportFile);
  return { schema: createLocalSchema(document), mtimeMs };
}
