import { parse, type GraphQLSchema } from 'graphql';

import { operationCost } from '../../src/graphql/limits/cost';
import { buildAppSchema } from '../../src/graphql/schema';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), undefined, variables);

describe('operation cost', () => {
  it('charges 1 per object field and nothing for scalars', () => {
    expect(cost('{ node(id: "x") { id ... on Plot { name status } } }')).toBe(1);
  });

  it('multiplies what a connection returns per item by first', () => {
    // plots (1) + 10 × (node (1))
    expect(
      cost('{ plots(first: 10) { totalCount pageInfo { hasNextPage } nodes { name } } }'),
    ).toBe(1 + 1 + 10 * 1);
    expect(cost('{ plots(first: 10) { edges { cursor node { name } } } }')).toBe(1 + 10 * (1 + 1));
  });

  it('defaults to 20 items and reads first from variables', () => {
    expect(cost('{ plots { nodes { name } } }')).toBe(1 + 20);
    expect(cost('query ($n: Int) { plots(first: $n) { nodes { name } } }', { n: 50 })).toBe(1 + 50);
  });

  it('multiplies nested connections', () => {
    // 1 + 10 × (1 plot + 1 incidents connection + 5 × (1 incident + 1 place))
    expect(
      cost(
        '{ plots(first: 10) { nodes { name incidents(first: 5) { nodes { title place { name } } } } } }',
      ),
    ).toBe(1 + 10 * (1 + 1 + 5 * 2));
  });

  it('follows fragments and charges searches and statistics more', () => {
    expect(
      cost(
        'query { plots(first: 2) { nodes { ...P } } } fragment P on Plot { incidents(first: 3) { nodes { title } } }',
      ),
    ).toBe(1 + 2 * (1 + 1 + 3));
    expect(cost('{ search(query: "x", first: 5) { nodes { record { id } } } }')).toBe(
      10 + 5 * (1 + 1),
    );
  });

  it('coerces variables as execution will, and charges nothing for invalid ones (execution refuses them)', () => {
    const query = 'query ($n: Int) { plots(first: $n) { nodes { name } } }';
    expect(cost(query, { n: 5 })).toBe(1 + 5);
    expect(cost(query, { n: 'abc' })).toBe(0);
    expect(cost(query, { n: undefined })).toBe(1 + 20);
  });

  it('charges nodes(ids:) per id', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });
});
