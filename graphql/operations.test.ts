import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, concatAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { localSchemaSdl } from '@/lib/wordpress/local/schema';
import { hasFixtures, REAL_SCHEMA_FILE } from '@/tests/support/fixtures';

const operationsDir = import.meta.dirname;
const operationFiles = readdirSync(operationsDir).filter((file) => file.endsWith('.graphql'));
const operations = concatAST(
  operationFiles.map((file) => parse(readFileSync(path.join(operationsDir, file), 'utf8'))),
);

describe.skipIf(!hasFixtures)(
  'graphql/ operations against the real WPGraphQL 2.12 core schema',
  () => {
    it('finds the operations', () => {
      expect(operationFiles.length).toBeGreaterThanOrEqual(5);
    });

    it('validates every operation and fragment with no error', () => {
      const realSchema = buildSchema(readFileSync(REAL_SCHEMA_FILE, 'utf8'));
      expect(validate(realSchema, operations).map((error) => error.message)).toEqual([]);
    });
  },
);

describe('graphql/ operations against the embedded schema', () => {
  it('validates every operation and fragment with no error', () => {
    const localSchema = buildSchema(localSchemaSdl);
    expect(validate(localSchema, operations).map((error) => error.message)).toEqual([]);
  });

  it('names each file after the operation or fragment it holds', () => {
    for (const file of operationFiles) {
      const document = parse(readFileSync(path.join(operationsDir, file), 'utf8'));
      const names = document.definitions.flatMap((definition) =>
        'name' in definition && definition.name ? [definition.name.value] : [],
      );
      expect(names, file).toContain(path.basename(file, '.graphql'));
    }
  });
});
