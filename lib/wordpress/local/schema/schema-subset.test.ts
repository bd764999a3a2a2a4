import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { localSchemaSdl } from './schema-sdl';

const CORE = path.resolve(
  process.cwd(),
  '../shared/fixtures/wpgraphql/recorded/schema-core.graphql',
);

/** Every way `local` is not a strict subset of `real`, as readable lines. */
function subsetViolations(local: GraphQLSchema, real: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of Object.values(local.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const twin = real.getType(type.name);
    if (!twin) problems.push(`${type.name}: not in the real schema`);
    else problems.push(...typeViolations(type, twin));
  }
  if (local.getQueryType()?.name !== real.getQueryType()?.name) problems.push('query type differs');
  return problems;
}

function typeViolations(type: GraphQLNamedType, twin: GraphQLNamedType): string[] {
  const problems: string[] = [];
  if (type.constructor !== twin.constructor) return [`${type.name}: kind differs`];
  if (
    (isObjectType(type) || isInterfaceType(type)) &&
    (isObjectType(twin) || isInterfaceType(twin))
  ) {
    const realInterfaces = new Set(twin.getInterfaces().map((i) => i.name));
    for (const i of type.getInterfaces()) {
      if (!realInterfaces.has(i.name)) problems.push(`${type.name}: does not implement ${i.name}`);
    }
    const realFields = twin.getFields();
    for (const field of Object.values(type.getFields())) {
      const real = realFields[field.name];
      if (!real) {
        problems.push(`${type.name}.${field.name}: no such field`);
        continue;
      }
      if (String(field.type) !== String(real.type))
        problems.push(`${type.name}.${field.name}: type differs`);
      for (const arg of field.args) {
        const realArg = real.args.find((candidate) => candidate.name === arg.name);
        if (!realArg || String(realArg.type) !== String(arg.type)) {
          problems.push(`${type.name}.${field.name}(${arg.name}): missing or of another type`);
        }
      }
    }
  }
  if (isInputObjectType(type) && isInputObjectType(twin)) {
    const realFields = twin.getFields();
    for (const field of Object.values(type.getFields())) {
      if (String(realFields[field.name]?.type) !== String(field.type)) {
        problems.push(`${type.name}.${field.name}: missing or of another type`);
      }
    }
  }
  if (isEnumType(type) && isEnumType(twin)) {
    const realValues = new Set(twin.getValues().map((value) => value.name));
    for (const value of type.getValues()) {
      if (!realValues.has(value.name)) problems.push(`${type.name}.${value.name}: no such value`);
    }
  }
  if (isUnionType(type) && isUnionType(twin)) {
    const members = new Set(twin.getTypes().map((member) => member.name));
    for (const member of type.getTypes()) {
      if (!members.has(member.name)) problems.push(`${type.name}: ${member.name} is no member`);
    }
  }
  return problems;
}

describe('the embedded schema SDL', () => {
  it('builds as a valid schema', () => {
    expect(() => buildSchema(localSchemaSdl)).not.toThrow();
  });

  it('keeps descriptions out', () => {
    expect(localSchemaSdl).not.toMatch(/"""|^\s*"/m);
  });
});

describe.skipIf(!existsSync(CORE))('the embedded schema against WPGraphQL 2.12 core', () => {
  const real = () => buildSchema(readFileSync(CORE, 'utf8'));

  it('is a strict subset: types, kinds, fields, arguments, interfaces, input fields, enum values', () => {
    expect(subsetViolations(buildSchema(localSchemaSdl), real())).toEqual([]);
  });

  it('detects a field that the real schema lacks', () => {
    const tampered = localSchemaSdl.replace(
      'type ReadingSettings {',
      'type ReadingSettings {\n  madeUp: Int',
    );
    expect(subsetViolations(buildSchema(tampered), real())).toEqual([
      'ReadingSettings.madeUp: no such field',
    ]);
  });

  it('detects a field whose type differs from the real one', () => {
    const tampered = localSchemaSdl.replace(
      /(type ReadingSettings \{[^}]*?)postsPerPage: Int/,
      '$1postsPerPage: String',
    );
    expect(subsetViolations(buildSchema(tampered), real())).toEqual([
      'ReadingSettings.postsPerPage: type differs',
    ]);
  });
});
