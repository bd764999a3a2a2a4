import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the embedded schema, which a test holds to be a strict subset of the real
// WPGraphQL schema; the operations are validated against the real one in tests.
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? 'lib/wordpress/local/schema/schema-sdl.ts',
  documents: ['graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
