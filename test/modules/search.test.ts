import { countStatements } from '../../src/db/query-counter';
import { RANKED_MATCH_LIMIT } from '../../src/modules/search';
import { setUpReadTests } from '../helpers/api';
import { toGlobalId } from '../helpers/factories';

const t = setUpReadTests();

interface Hit {
  kind: string;
  rank: number;
  record: { id: string };
}

interface SearchPage {
  edges: { cursor: string; node: Hit }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  totalCount: number;
}

async function search(variables: Record<string, unknown>): Promise<SearchPage> {
  const result = await t.api.query(SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.search as SearchPage;
}

// Matches of several kinds with equal and different ranks, so that pages cut through ties.
async function makeMatches() {
  for (let index = 0; index < 7; index += 1) {
    await t.make.incident({
      title: index % 2 === 0 ? `Synagogue attack ${index}` : `Attack ${index}`,
      description:
        index % 3 === 0 ? 'Near a synagogue, a second synagogue was hit.' : 'A synagogue.',
    });
  }
  for (let index = 0; index < 4; index += 1) {
    await t.make.actor({ name: `Synagogue guard ${index}` });
  }
  await t.make.incident({ title: 'Unrelated', description: 'Nothing to find here.' });
}

describe('search', () => {
  it('pages forwards and backwards through many hits without duplicates or gaps', async () => {
    await makeMatches();
    const all = await search({ query: 'synagogue', first: 100 });
    expect(all.totalCount).toBe(11);
    expect(all.edges).toHaveLength(11);
    const ranks = all.edges.map((edge) => edge.node.rank);
    expect(ranks).toEqual([...ranks].sort((left, right) => right - left));
    const ids = all.edges.map((edge) => edge.node.record.id);

    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchPage = await search({ query: 'synagogue', first: 3, after });
      forwards.push(...page.edges.map((edge) => edge.node.record.id));
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.edges[page.edges.length - 1].cursor;
    }
    expect(forwards).toEqual(ids);

    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: SearchPage = await search({ query: 'synagogue', last: 4, before });
      backwards.unshift(...page.edges.map((edge) => edge.node.record.id));
      if (!page.pageInfo.hasPreviousPage) {
        break;
      }
      before = page.edges[0].cursor;
    }
    expect(backwards).toEqual(ids);
  });

  it('orders a broad search by tier, kind and id, and pages through it both ways', async () => {
    const byId = (left: { id: string }, right: { id: string }) =>
      left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
    const ids = (records: { id: string }[], type: string) =>
      records.sort(byId).map((record) => toGlobalId(type, record.id));
    // More incidents match than a search ranks one by one, so the whole search is broad.
    const titled = [];
    for (let index = 0; index < RANKED_MATCH_LIMIT; index += 1) {
      titled.push(await t.make.incident({ title: `Synagogue attack ${index}` }));
    }
    const described = [];
    for (let index = 0; index < 30; index += 1) {
      described.push(
        await t.make.incident({ title: `Arson ${index}`, description: 'Next to a synagogue.' }),
      );
    }
    const guards = [];
    for (let index = 0; index < 3; index += 1) {
      guards.push(await t.make.actor({ name: `Synagogue guard ${index}` }));
    }
    const plots = [
      await t.make.plot({ summary: 'Aimed at a synagogue.' }),
      await t.make.plot({ summary: 'Aimed at two synagogues.' }),
    ];
    await t.make.incident({ title: 'Unrelated', description: 'Nothing to find here.' });
    const expected = [
      ...ids(guards, 'Actor').map((id) => ({ kind: 'Actor', rank: 1, id })),
      ...ids(titled, 'Incident').map((id) => ({ kind: 'Incident', rank: 1, id })),
      ...ids(described, 'Incident').map((id) => ({ kind: 'Incident', rank: 0.5, id })),
      ...ids(plots, 'Plot').map((id) => ({ kind: 'Plot', rank: 0.5, id })),
    ];
    const hit = (edge: { node: Hit }) => ({
      kind: edge.node.kind,
      rank: edge.node.rank,
      id: edge.node.record.id,
    });

    const first = await search({ query: 'synagogue', first: 100 });
    expect(first.totalCount).toBe(expected.length);
    expect(first.edges.map(hit)).toEqual(expected.slice(0, 100));

    const forwards = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchPage = await search({ query: 'synagogue', first: 23, after });
      forwards.push(...page.edges.map(hit));
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.edges[page.edges.length - 1].cursor;
    }
    expect(forwards).toEqual(expected);

    const backwards = [];
    let before: string | null = null;
    for (;;) {
      const page: SearchPage = await search({ query: 'synagogue', last: 31, before });
      backwards.unshift(...page.edges.map(hit));
      if (!page.pageInfo.hasPreviousPage) {
        break;
      }
      before = page.edges[0].cursor;
    }
    expect(backwards).toEqual(expected);

    const narrow = await search({ query: 'synagogue guard', first: 5 });
    expect(narrow.edges.map((edge) => edge.node.kind)).toEqual(['Actor', 'Actor', 'Actor']);
    const broadCursor = first.edges[0].cursor;
    const mixed = await t.api.query(SEARCH, {
      query: 'synagogue guard',
      first: 5,
      after: broadCursor,
    });
    expect(mixed.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });

  it('searches only the kinds asked for, and ranks them unless one of them is broad', async () => {
    for (let index = 0; index <= RANKED_MATCH_LIMIT; index += 1) {
      await t.make.incident({ title: `Synagogue attack ${index}` });
    }
    const guard = await t.make.actor({ name: 'Synagogue guard' });
    const plot = await t.make.plot({ summary: 'Aimed at a synagogue.' });

    // Incidents, left out, would make the search broad; the others are ranked by ts_rank.
    const narrow = await search({ query: 'synagogue', kinds: ['Plot', 'Actor'], first: 10 });
    expect(narrow.totalCount).toBe(2);
    expect(narrow.edges.map(({ node }) => [node.kind, node.record.id])).toEqual([
      ['Actor', toGlobalId('Actor', guard.id)],
      ['Plot', toGlobalId('Plot', plot.id)],
    ]);
    expect(narrow.edges.every(({ node }) => ![0.5, 1].includes(node.rank))).toBe(true);

    const broad = await search({ query: 'synagogue', kinds: ['Incident', 'Plot'], first: 2 });
    expect(broad.totalCount).toBe(RANKED_MATCH_LIMIT + 2);
    expect(broad.edges.map(({ node }) => [node.kind, node.rank])).toEqual([
      ['Incident', 1],
      ['Incident', 1],
    ]);
  });

  it('ranks a kind with exactly as many matches as the limit, and tiers one more', async () => {
    const titled = [];
    for (let index = 0; index < RANKED_MATCH_LIMIT; index += 1) {
      titled.push(await t.make.incident({ title: `Synagogue attack ${index}` }));
    }
    const ranked = await search({ query: 'synagogue', first: 100 });
    expect(ranked.edges).toHaveLength(RANKED_MATCH_LIMIT);
    expect(ranked.edges.every(({ node }) => ![0.5, 1].includes(node.rank))).toBe(true);

    const last = await t.make.incident({ title: 'Arson', description: 'Next to a synagogue.' });
    const tiered = await search({ query: 'synagogue', last: 1 });
    expect(tiered.edges.map(({ node }) => node)).toEqual([
      { kind: 'Incident', rank: 0.5, record: { id: toGlobalId('Incident', last.id) } },
    ]);
  });

  it('reads a broad page and its records in two statements', async () => {
    const titled = [];
    for (let index = 0; index <= RANKED_MATCH_LIMIT; index += 1) {
      titled.push(await t.make.incident({ title: `Synagogue attack ${index}` }));
    }
    const guard = await t.make.actor({ name: 'Synagogue guard' });
    const { result, statements } = await countStatements(() =>
      t.api.query(RECORDS, { query: 'synagogue', first: 3 }),
    );
    // One statement counts the matches of each kind; the walk through incidents reads the rows
    // it pages over, so they are not loaded again. The one actor came with the first statement.
    expect(statements).toBe(3);
    const incidents = titled.map((incident) => incident.id).sort();
    expect(result.data!.search).toEqual({
      nodes: [
        { kind: 'Actor', record: { id: toGlobalId('Actor', guard.id), name: 'Synagogue guard' } },
        ...incidents.slice(0, 2).map((id) => ({
          kind: 'Incident',
          record: { id: toGlobalId('Incident', id), title: expect.stringMatching(/^Synagogue/) },
        })),
      ],
    });
    const titledOnly = await countStatements(() =>
      t.api.query(RECORDS, { query: 'synagogue', kinds: ['Incident'], first: 3 }),
    );
    expect(titledOnly.statements).toBe(2);
  });

  it('refuses a cursor from a list with another ordering', async () => {
    await makeMatches();
    const incidents = await t.api.query(`{ incidents(first: 1) { pageInfo { endCursor } } }`);
    const result = await t.api.query(SEARCH, {
      query: 'synagogue',
      first: 3,
      after: incidents.data!.incidents.pageInfo.endCursor,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });
});

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $last: Int, $before: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { kind rank record { id } } }
    pageInfo { hasNextPage hasPreviousPage }
    totalCount
  }
}`;

const RECORDS = `query ($query: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    nodes { kind record { id ... on Actor { name } ... on Incident { title } } }
  }
}`;
