import {
  execute,
  getNamedType,
  type GraphQLObjectType,
  isEnumType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql';

import { countStatements } from '../../src/db/query-counter';
import { compiledRead } from '../../src/modules/compiled-read';
import { PAGE_OF_INCIDENTS } from '../bench/scenarios';
import { setUpSeededTests } from '../helpers/api';

// Some reads are answered by one statement that builds the JSON in PostgreSQL
// (src/modules/compiled-read). The resolvers stay the reference: for every document the compiled
// path takes, its answer must be graphql-js's, field for field and in the same order; and a
// document it cannot answer exactly must go to the resolvers.
const t = setUpSeededTests();

/** Every argument-free scalar and enum field of a type, and date fields with all their parts. */
function allFields(typeName: string): string {
  const type = t.api.app.schema.getType(typeName);
  if (!isObjectType(type)) {
    throw new Error(typeName);
  }
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0)
    .map((field) => {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) {
        return field.name;
      }
      return named.name === 'FuzzyDate' ? `${field.name} { ${allFields('FuzzyDate')} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

const operationOf = (document: string) =>
  parse(document).definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )!;

/** The compiled answer (null when it declines) and graphql-js's, both as clients receive them. */
async function bothPaths(document: string, variables: Record<string, unknown> = {}) {
  const schema = t.api.app.schema;
  const parsed = parse(document);
  expect(validate(schema, parsed)).toEqual([]);
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
  const compiled = await compiledRead(
    schema,
    parsed,
    operationOf(document),
    variables,
    t.api.dataSource.manager,
  );
  const reference = await execute({
    schema,
    document: parsed,
    contextValue: t.api.app.createContext(),
    variableValues: variables,
  });
  expect(reference.errors).toBeUndefined();
  return { compiled: compiled && asJson(compiled), reference: asJson(reference) };
}

const PAGE = PAGE_OF_INCIDENTS;

describe('compiled reads', () => {
  it('answers the benchmark page as the resolvers do, in one statement', async () => {
    const { compiled, reference } = await bothPaths(PAGE);
    expect(compiled).toEqual(reference);
    const nodes = (reference as { data: { incidents: { nodes: unknown[] } } }).data.incidents.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    // Through the API: the same answer, and one statement.
    const { result, statements } = await countStatements(() => t.api.query(PAGE));
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      data: (reference as { data: unknown }).data,
    });
    expect(statements).toBe(1);
    const small = await countStatements(() => t.api.query(PAGE.replace('first: 100', 'first: 3')));
    expect(small.statements).toBe(1);
  });

  it('answers every field of incidents, places, plots, actors, sources, roles and citations', async () => {
    const document = `query ($roles: [ActorRoleKind!]) {
      incidents(first: 50) {
        __typename
        pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
        nodes {
          __typename ${allFields('Incident')}
          place { __typename ${allFields('Place')} }
          plot { __typename ${allFields('Plot')} }
          actors(first: 4, role: $roles) {
            __typename
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { __typename cursor node { role actor { name } } }
            nodes { __typename ${allFields('ActorRole')} actor { __typename ${allFields('Actor')} } }
          }
          citations(first: 2) {
            pageInfo { hasNextPage startCursor endCursor }
            edges { cursor }
            nodes { __typename ${allFields('Citation')} source { __typename ${allFields('Source')} } }
          }
        }
      }
    }`;
    for (const roles of [null, ['SPONSOR', 'PERPETRATOR']]) {
      const { compiled, reference } = await bothPaths(document, { roles });
      expect(compiled).toEqual(reference);
    }
  });

  it('pages by cursor in every ordering as the resolvers do', async () => {
    const document = `query ($after: String, $orderBy: [IncidentOrder!], $first: Int) {
      incidents(first: $first, after: $after, orderBy: $orderBy) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        nodes { rowId title killed date { start } createdAt }
        edges { __typename cursor node { rowId } }
      }
    }`;
    const orderings = [
      null,
      [{ field: 'TITLE', direction: 'ASC' }],
      [
        { field: 'KILLED', direction: 'DESC' },
        { field: 'DATE', direction: 'ASC' },
      ],
      [{ field: 'CREATED_AT', direction: 'DESC' }],
    ];
    for (const orderBy of orderings) {
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const { compiled, reference } = await bothPaths(document, { after, orderBy, first: 4 });
        expect(compiled).toEqual(reference);
        after = (reference as { data: { incidents: { pageInfo: { endCursor: string } } } }).data
          .incidents.pageInfo.endCursor;
      }
    }
  });

  it('lists every record kind, with every field, as the resolvers do', async () => {
    const kinds = [
      ['actors', 'Actor'],
      ['places', 'Place'],
      ['sources', 'Source'],
      ['plots', 'Plot'],
      ['arrests', 'Arrest'],
      ['sentences', 'Sentence'],
      ['sanctions', 'Sanction'],
      ['weaponsTransfers', 'WeaponsTransfer'],
    ];
    const type = (name: string) => t.api.app.schema.getType(name) as GraphQLObjectType;
    for (const [field, typeName] of kinds) {
      const fields = type(typeName).getFields();
      // To-one fields (an arrest's place, a sentence's arrest…) with their own fields.
      const toOne = Object.values(fields)
        .filter((candidate) => candidate.args.length === 0)
        .map((candidate) => [candidate.name, getNamedType(candidate.type)] as const)
        .filter(([, named]) => isObjectType(named) && named.getFields().rowId)
        .map(([name, named]) => `${name} { ${allFields(named.name)} }`);
      const document = `{ ${field}(first: 30) {
        pageInfo { hasNextPage endCursor }
        nodes {
          ${allFields(typeName)} ${toOne.join(' ')}
          ${fields.actors ? 'actors(first: 2) { nodes { role actor { name } } }' : ''}
          ${
            // A source's citations are the records citing it: a resolver of its own.
            fields.citations && typeName !== 'Source'
              ? 'citations(first: 2) { nodes { stance source { title } } }'
              : ''
          }
        }
      } }`;
      const { compiled, reference } = await bothPaths(document);
      expect([field, compiled]).toEqual([field, reference]);
    }
  });

  it('filters and pages backwards as the resolvers do', async () => {
    const document = `query ($filter: IncidentFilter, $last: Int, $before: String, $first: Int, $after: String) {
      incidents(filter: $filter, last: $last, before: $before, first: $first, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        nodes { title type place { countryCode } date { label } }
      }
    }`;
    const filters = [
      { sponsor: { name: { eq: 'Iran' } }, date: { overlaps: { from: '2010', to: '2026' } } },
      { place: { countryCode: { in: ['FR', 'BE', 'NL'] } } },
      { or: [{ type: { eq: 'ARSON' } }, { not: { outcome: { eq: 'FOILED' } } }] },
    ];
    for (const filter of filters) {
      const forwards = await bothPaths(document, { filter, first: 2 });
      expect(forwards.compiled).toEqual(forwards.reference);
      const { endCursor } = (
        forwards.reference as { data: { incidents: { pageInfo: { endCursor: string } } } }
      ).data.incidents.pageInfo;
      const next = await bothPaths(document, { filter, first: 2, after: endCursor });
      expect(next.compiled).toEqual(next.reference);
      const backwards = await bothPaths(document, { filter, last: 2, before: endCursor });
      expect(backwards.compiled).toEqual(backwards.reference);
      const last = await bothPaths(document, { filter, last: 3 });
      expect(last.compiled).toEqual(last.reference);
    }
  });

  it('follows aliases and fragments on the same type', async () => {
    const { compiled, reference } = await bothPaths(`
      query Aliased {
        list: incidents(first: 6) {
          ...Page
          info: pageInfo { more: hasNextPage }
          links: edges { at: cursor item: node { id } }
        }
      }
      fragment Page on IncidentConnection {
        items: nodes { ... on Incident { heading: title } ...Where when: date { label ongoing } }
      }
      fragment Where on Incident { place { country: countryCode n: name } perps: actors(role: [PERPETRATOR, SPONSOR], first: 2) { nodes { r: role } } }
    `);
    expect(compiled).not.toBeNull();
    expect(compiled).toEqual(reference);
  });

  it('answers deleted places and actors as null, and unknown dates as null, as the resolvers do', async () => {
    const db = t.api.dataSource;
    const [incident] = await db.query(
      `SELECT i.id, i."placeId" FROM incidents i WHERE i."placeId" IS NOT NULL AND i."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM actor_roles r WHERE r."incidentId" = i.id) LIMIT 1`,
    );
    // This file's copy of the dataset; the cases after this one do not read it.
    await db.transaction(async (manager) => {
      await manager.query(`UPDATE places SET "deletedAt" = now() WHERE id = $1`, [
        incident.placeId,
      ]);
      await manager.query(
        `UPDATE actors SET "deletedAt" = now() WHERE id IN (SELECT "actorId" FROM actor_roles WHERE "incidentId" = $1)`,
        [incident.id],
      );
      await manager.query(
        `UPDATE incidents SET "dateStart" = NULL, "dateStartPrecision" = NULL WHERE id = $1`,
        [incident.id],
      );
    });
    {
      const document = `{ incidents(first: 100, orderBy: [{ field: DATE, direction: ASC }]) {
        nodes { rowId date { label } place { name } actors(first: 3) { nodes { role actor { name } } } }
      } }`;
      const { compiled, reference } = await bothPaths(document);
      expect(compiled).toEqual(reference);
      const nodes = (
        reference as {
          data: { incidents: { nodes: { rowId: string; date: unknown; place: unknown }[] } };
        }
      ).data.incidents.nodes;
      expect(nodes.find((node) => node.rowId === incident.id)).toMatchObject({
        date: null,
        place: null,
      });
    }
  });

  it.each([
    [
      'a field with its own resolver',
      `{ incidents(first: 2) { nodes { arrests(first: 1) { nodes { rowId } } } } }`,
    ],
    ['totalCount', `{ incidents(first: 2) { totalCount } }`],
    [
      "a nested list's total",
      `{ incidents(first: 2) { nodes { actors(first: 1) { totalCount } } } }`,
    ],
    ['a search', `{ incidents(first: 2, search: "Villepinte") { nodes { title } } }`],
    [
      'a filter the resolvers refuse',
      `{ incidents(first: 2, filter: { date: { overlaps: { from: "someday" } } }) { nodes { title } } }`,
    ],
    ['a directive', `{ incidents(first: 2) { nodes { title @include(if: true) } } }`],
    [
      'another root field',
      `{ incidents(first: 2) { nodes { title } } plots(first: 1) { nodes { name } } }`,
    ],
    [
      'a nested filter',
      `{ incidents(first: 2) { nodes { citations(first: 1, filter: { stance: { eq: DENIES } }) { nodes { stance } } } } }`,
    ],
    ['a page size the resolvers refuse', `{ incidents(first: 101) { nodes { title } } }`],
    ['a cursor that is not one', `{ incidents(first: 2, after: "nope") { nodes { title } } }`],
    ['an empty page', `{ incidents(first: 0) { pageInfo { hasNextPage } nodes { title } } }`],
    ['a mutation', `mutation { __typename }`],
  ])('leaves %s to the resolvers', async (_name, document) => {
    expect(
      await compiledRead(
        t.api.app.schema,
        parse(document),
        operationOf(document),
        {},
        t.api.dataSource.manager,
      ),
    ).toBeNull();
  });

  it('compiles a document again when only its arguments made it decline', async () => {
    // The same parsed operation, as Apollo hands it over for every request with this text.
    const document = `query Page($first: Int, $filter: IncidentFilter) {
      incidents(first: $first, filter: $filter) { nodes { title } }
    }`;
    const parsed = parse(document);
    const operation = operationOf(document);
    const offer = (variables: Record<string, unknown>) =>
      compiledRead(t.api.app.schema, parsed, operation, variables, t.api.dataSource.manager);
    expect(await offer({ first: 0 })).toBeNull();
    expect(
      await offer({ first: 2, filter: { date: { overlaps: { from: 'someday' } } } }),
    ).toBeNull();
    const compiled = await offer({ first: 2 });
    expect(compiled?.data).toEqual({
      incidents: { nodes: [expect.any(Object), expect.any(Object)] },
    });
  });

  it('declines a document of another shape again, for any variables', async () => {
    const document = `query Page($first: Int) { incidents(first: $first) { totalCount } }`;
    const parsed = parse(document);
    const operation = operationOf(document);
    for (const first of [1, 2]) {
      expect(
        await compiledRead(
          t.api.app.schema,
          parsed,
          operation,
          { first },
          t.api.dataSource.manager,
        ),
      ).toBeNull();
    }
  });

  it('answers through the API as the resolvers do when it declines, errors included', async () => {
    const result = await t.api.query(`{ incidents(first: 101) { nodes { title } } }`);
    expect(result.errors?.[0]).toMatchObject({
      path: ['incidents'],
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    });
  });
});
