import {
  GraphQLInterfaceType,
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';

/** Field resolvers per object type name. */
export type ResolverMap = Record<string, Record<string, GraphQLFieldResolver<never, never, never>>>;

/**
 * Puts resolvers on a schema built from SDL: field resolvers on object types (fields a type
 * does not declare are ignored, so types may share a resolver set), one resolveType for every
 * interface. Done here rather than with a schema toolkit so that
 * only the `graphql` package is involved (one copy of it, whatever the bundler does).
 */
export function attachResolvers(
  schema: GraphQLSchema,
  fields: ResolverMap,
  resolveType: GraphQLTypeResolver<unknown, unknown>,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType) {
      const resolvers = fields[type.name] ?? {};
      for (const [name, field] of Object.entries(type.getFields())) {
        const resolve = resolvers[name];
        if (resolve) field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
      }
    } else if (type instanceof GraphQLInterfaceType) {
      type.resolveType = resolveType;
    }
  }
  return schema;
}
