/**
 * Writes `../schema-sdl.ts` from the recorded WPGraphQL core schema and `allowlist.ts`, so the
 * embedded schema stays a strict subset of the real one, type for type.
 *
 * Run from the repo root: `npx tsx lib/wordpress/local/schema/sdl/extract-sdl.ts`, then
 * `npx prettier --write lib/wordpress/local/schema/schema-sdl.ts`
 * (needs ../shared/fixtures/wpgraphql/recorded/schema-core.graphql).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  Kind,
  parse,
  print,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type TypeDefinitionNode,
  type TypeNode,
} from 'graphql';

import { droppedArguments, sdlAllowlist } from './allowlist';

const WHOLE_INTERFACES = new Set([
  'Connection',
  'Edge',
  'PageInfo',
  'WPPageInfo',
  'OneToOneConnection',
]);
const WHOLE_PATTERN = /(Connection|ConnectionEdge|ConnectionPageInfo)$/;
const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Returns the SDL of the allowlisted subset of `coreSdl`, sorted by type name. */
export function extractSubsetSdl(coreSdl: string): string {
  const definitions = new Map<string, TypeDefinitionNode>();
  for (const definition of parse(coreSdl, { noLocation: true }).definitions) {
    if (isTypeDefinition(definition)) definitions.set(definition.name.value, definition);
  }

  const kept = new Map<string, TypeDefinitionNode>();
  const queue = ['RootQuery'];
  const enqueue = (name: string) => {
    if (!kept.has(name) && !BUILT_IN_SCALARS.has(name)) queue.push(name);
  };

  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (kept.has(name)) continue;
    const definition = definitions.get(name);
    if (!definition) throw new Error(`type ${name} is not in the core schema`);
    const subset = subsetOf(definition, isKeptInterface);
    kept.set(name, subset);
    for (const reference of referencedTypes(subset)) enqueue(reference);
  }

  const body = [...kept.values()]
    .sort((a, b) => a.name.value.localeCompare(b.name.value))
    .map((definition) => print(definition))
    .join('\n\n');
  return `schema {\n  query: RootQuery\n}\n\n${body}\n`;

  function isKeptInterface(name: string): boolean {
    return name in sdlAllowlist || WHOLE_INTERFACES.has(name) || WHOLE_PATTERN.test(name);
  }
}

function subsetOf(
  definition: TypeDefinitionNode,
  isKeptInterface: (name: string) => boolean,
): TypeDefinitionNode {
  const typeName = definition.name.value;
  const allowed = sdlAllowlist[typeName];
  const isWhole = !allowed && (WHOLE_INTERFACES.has(typeName) || WHOLE_PATTERN.test(typeName));
  const keep = (member: string) => {
    if (isWhole || definition.kind === Kind.SCALAR_TYPE_DEFINITION) return true;
    if (!allowed) throw new Error(`type ${typeName} is reached but not in the allowlist`);
    return allowed.includes(member);
  };
  if (allowed) assertMembersExist(definition, allowed);

  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
      return {
        ...definition,
        description: undefined,
        interfaces: definition.interfaces?.filter((i) => isKeptInterface(i.name.value)),
        fields: definition.fields
          ?.filter((field) => keep(field.name.value))
          .map((field) => withoutDroppedArguments(typeName, field)),
      };
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return {
        ...definition,
        description: undefined,
        fields: definition.fields
          ?.filter((field) => keep(field.name.value))
          .map((field) => ({ ...field, description: undefined })),
      };
    case Kind.ENUM_TYPE_DEFINITION:
      return {
        ...definition,
        description: undefined,
        values: definition.values
          ?.filter((value) => keep(value.name.value))
          .map((value) => ({ ...value, description: undefined })),
      };
    default:
      return { ...definition, description: undefined };
  }
}

function withoutDroppedArguments(
  typeName: string,
  field: FieldDefinitionNode,
): FieldDefinitionNode {
  const args = field.arguments?.filter(
    (arg) => !droppedArguments.includes(`${typeName}.${field.name.value}.${arg.name.value}`),
  );
  return {
    ...field,
    description: undefined,
    arguments: args?.map((arg): InputValueDefinitionNode => ({ ...arg, description: undefined })),
  };
}

function assertMembersExist(definition: TypeDefinitionNode, allowed: readonly string[]): void {
  const members = new Set<string>();
  if ('fields' in definition) definition.fields?.forEach((f) => members.add(f.name.value));
  if ('values' in definition) definition.values?.forEach((v) => members.add(v.name.value));
  const missing = allowed.filter((name) => !members.has(name));
  if (missing.length > 0) {
    throw new Error(`${definition.name.value} has no ${missing.join(', ')} in the core schema`);
  }
}

function referencedTypes(definition: TypeDefinitionNode): string[] {
  const names: string[] = [];
  if ('interfaces' in definition) definition.interfaces?.forEach((i) => names.push(i.name.value));
  if ('fields' in definition) {
    for (const field of definition.fields ?? []) {
      names.push(namedType(field.type).name.value);
      if ('arguments' in field)
        field.arguments?.forEach((a) => names.push(namedType(a.type).name.value));
    }
  }
  if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
    definition.types?.forEach((t) => names.push(t.name.value));
  }
  return names;
}

function namedType(type: TypeNode): NamedTypeNode {
  return type.kind === Kind.NAMED_TYPE ? type : namedType(type.type);
}

function isTypeDefinition(definition: DefinitionNode): definition is TypeDefinitionNode {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.ENUM_TYPE_DEFINITION ||
    definition.kind === Kind.SCALAR_TYPE_DEFINITION ||
    definition.kind === Kind.UNION_TYPE_DEFINITION
  );
}

function main(): void {
  const here = import.meta.dirname;
  const core = readFileSync(
    path.resolve(process.cwd(), '../shared/fixtures/wpgraphql/recorded/schema-core.graphql'),
    'utf8',
  );
  const sdl = extractSubsetSdl(core);
  const banner =
    '// Generated by sdl/extract-sdl.ts from the recorded WPGraphQL 2.12 core schema; do not edit.\n';
  const source = `${banner}\n/** The embedded schema's SDL: a strict subset of WPGraphQL 2.12 core. */\nexport const localSchemaSdl = /* GraphQL */ \`\n${sdl}\`;\n`;
  writeFileSync(path.join(here, '..', 'schema-sdl.ts'), source);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
