import { countStatements } from '../../src/db/query-counter';
import { toFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { setUpReadTests } from '../helpers/api';
import { ActorRoleKind, toGlobalId } from '../helpers/factories';

const t = setUpReadTests();

/** Five incidents, one per year 2016..2020; the list is newest first. */
async function fiveIncidents(): Promise<string[]> {
  const titles: string[] = [];
  for (const year of [2016, 2017, 2018, 2019, 2020]) {
    const incident = await t.make.incident({
      title: `In ${year}`,
      date: toFuzzyDateColumns({ from: String(year) }),
    });
    titles.push(incident.title);
  }
  return titles.reverse();
}

describe('connections', () => {
  it('pages forwards with first/after until hasNextPage is false, seeing each item once', async () => {
    const expected = await fiveIncidents();
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const result: any = await t.api.query(PAGE, { first: 2, after });
      expect(result.errors).toBeUndefined();
      const connection: any = result.data.incidents;
      seen.push(...connection.nodes.map((incident: { title: string }) => incident.title));
      pages.push(connection.pageInfo.hasNextPage);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toEqual([true, true, false]);
  });

  it('pages backwards with last/before', async () => {
    const expected = await fiveIncidents();
    const last: any = await t.api.query(PAGE_BACK, { last: 2 });
    expect(last.data.incidents.nodes.map((incident: { title: string }) => incident.title)).toEqual(
      expected.slice(3),
    );
    expect(last.data.incidents.pageInfo).toMatchObject({ hasPreviousPage: true });
    const before: any = await t.api.query(PAGE_BACK, {
      last: 2,
      before: last.data.incidents.pageInfo.startCursor,
    });
    expect(
      before.data.incidents.nodes.map((incident: { title: string }) => incident.title),
    ).toEqual(expected.slice(1, 3));
  });

  it('answers an empty list with an empty page and a zero count', async () => {
    const result = await t.api.query(PAGE, { first: 10 });
    expect(result.data).toEqual({
      incidents: {
        totalCount: 0,
        nodes: [],
        edges: [],
        pageInfo: {
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: null,
          endCursor: null,
        },
      },
    });
  });

  it('counts all matching items whatever the page size', async () => {
    await fiveIncidents();
    const result = await t.api.query(PAGE, { first: 1 });
    expect(result.data?.incidents.totalCount).toBe(5);
  });

  it('runs the count query only when totalCount is asked for', async () => {
    await fiveIncidents();
    const without = await countStatements(() =>
      t.api.query('{ incidents(first: 5) { nodes { title } } }'),
    );
    const withCount = await countStatements(() =>
      t.api.query('{ incidents(first: 5) { totalCount nodes { title } } }'),
    );
    expect(withCount.statements - without.statements).toBe(1);
  });

  it.each([
    [{ first: 2, last: 2 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ first: 2, after: 'not-a-cursor' }, 'after'],
    // Right ordering, wrong value types: found by the fuzz test, refused before SQL sees it.
    [
      { first: 2, after: Buffer.from(JSON.stringify(['DATE:DESC', 0, 0])).toString('base64url') },
      'after',
    ],
  ])('refuses %j as BAD_USER_INPUT naming %s', async (variables, field) => {
    const result = await t.api.query(PAGE, variables);
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
  });

  it.each(['DESC', 'ASC'])(
    'pages through ties on the leading sort keys (KILLED %s, TITLE) forwards and backwards, each item once and in order',
    async (direction) => {
      // Ties on killed and on title, so that pages break inside runs of equal keys and the id decides.
      for (const [title, killed] of [
        ['x', 3],
        ['y', 1],
        ['x', 3],
        ['x', 1],
        ['y', 3],
        ['x', 3],
        ['y', 1],
      ] as const) {
        await t.make.incident({ title, killed });
      }
      const orderBy = `[{ field: KILLED, direction: ${direction} }, { field: TITLE }]`;
      const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
        incidents(first: $first, after: $after, last: $last, before: $before, orderBy: ${orderBy}) {
          nodes { id }
          pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
        }
      }`;
      const ids = (connection: any) => connection.nodes.map((node: { id: string }) => node.id);
      const all: any = await t.api.query(page, { first: 100 });
      const expected = ids(all.data.incidents);
      expect(expected).toHaveLength(7);

      const forwards: string[] = [];
      let after: string | null = null;
      do {
        const result: any = await t.api.query(page, { first: 2, after });
        forwards.push(...ids(result.data.incidents));
        after = result.data.incidents.pageInfo.hasNextPage
          ? result.data.incidents.pageInfo.endCursor
          : null;
      } while (after);
      expect(forwards).toEqual(expected);

      const backwards: string[][] = [];
      let before: string | null = null;
      do {
        const result: any = await t.api.query(page, { last: 2, before });
        backwards.unshift(ids(result.data.incidents));
        before = result.data.incidents.pageInfo.hasPreviousPage
          ? result.data.incidents.pageInfo.startCursor
          : null;
      } while (before);
      expect(backwards.flat()).toEqual(expected);
    },
  );

  it('refuses a cursor that comes from a list with another ordering', async () => {
    await t.make.actor();
    await t.make.actor();
    const actors: any = await t.api.query('{ actors(first: 1) { pageInfo { endCursor } } }');
    const result = await t.api.query(PAGE, {
      first: 2,
      after: actors.data.actors.pageInfo.endCursor,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('another ordering'),
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      }),
    ]);
  });

  it('leaves soft-deleted records out of lists', async () => {
    await fiveIncidents();
    await t.api.dataSource.query(
      `UPDATE incidents SET "deletedAt" = now() WHERE title = 'In 2018'`,
    );
    const result: any = await t.api.query(PAGE, { first: 10 });
    expect(
      result.data.incidents.nodes.map((incident: { title: string }) => incident.title),
    ).toEqual(['In 2020', 'In 2019', 'In 2017', 'In 2016']);
    expect(result.data.incidents.totalCount).toBe(4);
  });
});

describe('node and nodes', () => {
  it('resolves any kind by global ID, and answers null for missing, deleted or foreign IDs', async () => {
    const plot = await t.make.plot({ name: 'Live' });
    const deleted = await t.make.plot({ name: 'Gone' });
    await t.api.dataSource.query(`UPDATE plots SET "deletedAt" = now() WHERE id = $1`, [
      deleted.id,
    ]);
    const result = await t.api.query(NODES, {
      ids: [
        toGlobalId('Plot', plot.id),
        toGlobalId('Plot', deleted.id),
        toGlobalId('Plot', '00000000-0000-4000-8000-000000000000'),
        'garbage',
        toGlobalId('Nope', plot.id),
      ],
    });
    expect(result).toEqual({
      data: {
        nodes: [
          { __typename: 'Plot', id: toGlobalId('Plot', plot.id), name: 'Live', rowId: plot.id },
          null,
          null,
          null,
          null,
        ],
      },
    });
  });

  it('refuses more than 100 ids', async () => {
    const result = await t.api.query(NODES, { ids: Array.from({ length: 101 }, () => 'x') });
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'ids' } }),
    ]);
  });
});

describe('batching', () => {
  async function incidentsWithEverything(count: number): Promise<void> {
    const sharedSource = await t.make.source();
    for (let index = 0; index < count; index += 1) {
      const plot = await t.make.plot();
      const actor = await t.make.actor();
      const incident = await t.make.incident({
        placeId: (await t.make.place()).id,
        plotId: plot.id,
      });
      await t.make.role({
        actorId: actor.id,
        role: ActorRoleKind.PERPETRATOR,
        incidentId: incident.id,
      });
      await t.make.citation({ sourceId: sharedSource.id, incidentId: incident.id });
      await t.make.citation({ sourceId: (await t.make.source()).id, incidentId: incident.id });
    }
  }

  it('issues the same number of SQL statements for a three-level query whatever the page size', async () => {
    await incidentsWithEverything(30);
    const small = await countStatements(() => t.api.query(DEEP, { first: 2 }));
    const large = await countStatements(() => t.api.query(DEEP, { first: 30 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data?.incidents.nodes).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
  });
});

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  incidents(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { title }
    edges { cursor node { title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const PAGE_BACK = `query ($last: Int, $before: String) {
  incidents(last: $last, before: $before) { nodes { title } pageInfo { hasPreviousPage hasNextPage startCursor } }
}`;

const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Plot { name rowId } } }`;

const DEEP = `query ($first: Int) {
  incidents(first: $first) {
    nodes {
      title
      place { name countryCode }
      plot { name actors { nodes { role actor { name } } } }
      actors(role: [PERPETRATOR]) { nodes { role actor { name } } }
      citations { nodes { stance source { publisher title } } }
      history { totalCount nodes { action changedAt } }
    }
  }
}`;
