import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared/fixtures beside the repository, where the team keeps real public test data. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../../shared/fixtures');

export const THEME_UNIT_TEST_EXPORT = path.join(
  FIXTURES_DIR,
  'wordpress/themeunittestdata.wordpress.xml',
);
export const REAL_SCHEMA_FILE = path.join(FIXTURES_DIR, 'wpgraphql/recorded/schema-core.graphql');

/** Whether the shared fixtures are there; tests that need them skip, saying so, when not. */
export const hasFixtures = existsSync(FIXTURES_DIR);

export const DEMO_EXPORT = path.resolve(import.meta.dirname, '../../content/demo.wordpress.xml');
