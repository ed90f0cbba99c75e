import { execute, parse, validate } from 'graphql';

import { setUpSeededTests } from '../helpers/api';
import { readmeExamples } from '../helpers/readme';

// The API executes operations with graphql-jit (src/graphql/jit-executor.ts). graphql-js is the
// reference implementation of GraphQL execution: for the same documents over the shipped dataset,
// the answers must be the same, field for field and in the same order.
const t = setUpSeededTests();

interface Case {
  document: string;
  /** Given the shipped dataset's ids, when a case needs some. */
  variables?: (ids: string[]) => Record<string, unknown>;
}

const CASES: Record<string, Case> = {
  'nested connections, aliases and to-one relations': {
    document: `{
      incidents(first: 5) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id rowId title type killed date { label start to latest precision ongoing }
          place { name countryCode } plot { name codename }
          perpetrators: actors(role: [PERPETRATOR], first: 3) { totalCount nodes { role actor { name kind } } }
          citations(first: 2) { nodes { stance source { publisher title url } } }
        } }
      }
    }`,
  },
  'fragments, inline fragments on the Node interface and @include/@skip': {
    document: `query ($withPlots: Boolean!, $skipCount: Boolean = true) {
      plots(first: 3) {
        totalCount @skip(if: $skipCount)
        nodes { ...PlotFields incidents(first: 2) @include(if: $withPlots) { nodes { __typename id } } }
      }
    }
    fragment PlotFields on Plot { __typename id name status confidence }`,
    variables: () => ({ withPlots: true }),
  },
  'node and nodes across kinds': {
    document: `query ($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id ... on Incident { title } ... on Place { name } }
      node(id: "not-an-id") { id }
    }`,
    variables: (ids) => ({ ids }),
  },
  'recursive filter input through a variable': {
    document: `query ($filter: IncidentFilter, $first: Int) {
      incidents(filter: $filter, first: $first) { totalCount nodes { title place { countryCode } } }
    }`,
    variables: () => ({
      first: 10,
      filter: {
        or: [
          { place: { countryCode: { in: ['FR', 'BE'] } } },
          { not: { type: { eq: 'ARSON' } }, date: { overlaps: { from: '2018', to: '2024' } } },
        ],
      },
    }),
  },
  'full-text search with a union of kinds': {
    document: `{
      search(query: "Villepinte", first: 10) {
        nodes { kind record { __typename id ... on Plot { name } ... on Incident { title } ... on Sentence { termMonths } } }
      }
    }`,
  },
  'stats buckets': {
    document: `{ incidentStats(groupBy: [YEAR, COUNTRY]) { year country count killed } }`,
  },
  introspection: {
    document: `{ __schema { queryType { name } types { name kind } } __type(name: "Incident") { fields { name type { name kind ofType { name } } } } }`,
  },
};

/** The reference answer: graphql-js's execute, with the context the API builds. */
async function withGraphQLJs(document: string, variables?: Record<string, unknown>) {
  return execute({
    schema: t.api.app.schema,
    document: parse(document),
    contextValue: t.api.app.createContext(),
    variableValues: variables,
  });
}

async function bothExecutors(document: string, variables?: Record<string, unknown>) {
  // graphql-js executes without validating; Apollo validates first.
  expect(validate(t.api.app.schema, parse(document))).toEqual([]);
  const jit = await t.api.query(document, variables);
  const reference = await withGraphQLJs(document, variables);
  // Through JSON, as clients receive them: scalars serialised, no prototypes.
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
  return {
    jit: { data: asJson(jit.data), errorPaths: (jit.errors ?? []).map((error) => error.path) },
    reference: {
      data: asJson(reference.data),
      errorPaths: (reference.errors ?? []).map((error) => error.path),
    },
  };
}

describe('graphql-jit executor', () => {
  it.each(Object.entries(CASES))(
    'answers like graphql-js: %s',
    async (_name, { document, variables }) => {
      const { data } = await t.api.query<{
        incidents: { nodes: { id: string; place: { id: string } | null }[] };
      }>(`{ incidents(first: 3) { nodes { id place { id } } } }`);
      const ids = data!.incidents.nodes.flatMap((node) => [node.id, node.place?.id ?? node.id]);
      const { jit, reference } = await bothExecutors(document, variables?.(ids));
      expect(jit).toEqual(reference);
      expect(JSON.stringify(jit.data)).toMatch(/\[\{|"name"/);
    },
  );

  it.each(readmeExamples().map((example) => [example.title, example.document]))(
    'answers like graphql-js: README %s',
    async (_title, document) => {
      const { jit, reference } = await bothExecutors(document);
      expect(jit).toEqual(reference);
    },
  );

  it('keeps the path and locations of an error raised by a resolver', async () => {
    const result = await t.api.query(`{
      incidents(first: 2) { nodes { title } }
      actors(first: 101) { totalCount }
    }`);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['actors'],
        locations: [{ line: 3, column: 7 }],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('refuses variables of the wrong type as graphql-js does, before running anything', async () => {
    const document = `query ($filter: IncidentFilter) { incidents(filter: $filter) { totalCount } }`;
    const variables = { filter: { place: { countryCode: { in: 'FR' } }, nope: 1 } };
    const result = await t.api.query(document, variables);
    const reference = await withGraphQLJs(document, variables);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.message)).toEqual(
      reference.errors?.map((error) => error.message),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
