import { readFileSync } from 'node:fs';

import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

import { SCHEMA_FILE } from '../src/graphql/emit-schema';
import { buildAppSchema, printAppSchema } from '../src/graphql/schema';

/** Every type, field, argument and enum value without a description, as "Type.field(arg)" paths. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) {
      missing.push(path);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) {
      continue;
    }
    if (
      type === schema.getQueryType() ||
      type === schema.getMutationType() ||
      type === schema.getSubscriptionType()
    ) {
      // Root types are conventional; their fields are what users read.
    } else {
      need(type.name, type.description);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) {
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        need(`${type.name}.${value.name}`, value.description);
      }
    }
    if (isUnionType(type)) {
      need(type.name, type.description);
    }
  }
  return missing;
}

describe('schema', () => {
  it('matches the committed schema.graphql (run npm run schema:emit after changing types)', async () => {
    const current = printAppSchema(await buildAppSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== committed) {
      throw new Error('schema.graphql is stale: run npm run schema:emit and commit the result');
    }
  });

  it('describes every type, field, argument and enum value', async () => {
    expect(undocumented(await buildAppSchema())).toEqual([]);
  });

  it('offers a Relay connection query for every record kind and node lookups', async () => {
    const query = (await buildAppSchema()).getQueryType()!;
    const fields = Object.fromEntries(
      Object.values(query.getFields()).map((field) => [field.name, String(field.type)]),
    );
    expect(fields).toMatchObject({
      node: 'Node',
      nodes: '[Node]!',
      actors: 'ActorConnection!',
      places: 'PlaceConnection!',
      sources: 'SourceConnection!',
      plots: 'PlotConnection!',
      incidents: 'IncidentConnection!',
      arrests: 'ArrestConnection!',
      sentences: 'SentenceConnection!',
      sanctions: 'SanctionConnection!',
      weaponsTransfers: 'WeaponsTransferConnection!',
    });
  });
});
