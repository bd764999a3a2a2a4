/**
 * The embedded WordPress's GraphQL schema: WPGraphQL 2.12 answers from a WordPress export.
 * @module
 */
export { createLocalSchema, type LocalSchemaOptions } from './create-local-schema';
export { localSchemaSdl } from './schema-sdl';
export type { LocalGraphQLContext } from './visibility';
