import { ActorKind } from '../../src/modules/actor';
import { PlotStatus, TargetKind } from '../../src/modules/plot';
import { Stance } from '../../src/shared/citation/stance.enum';
import { toFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { setUpReadTests } from '../helpers/api';
import { ActorRoleKind, toGlobalId } from '../helpers/factories';

const t = setUpReadTests();

const date = (from: string, to?: string, ongoing?: boolean) =>
  toFuzzyDateColumns({ from, to, ongoing });

async function incidentTitles(filter: unknown, extra = ''): Promise<string[]> {
  const result = await t.api.query(
    `query ($filter: IncidentFilter) { incidents(filter: $filter, first: 100${extra}) { nodes { title } } }`,
    { filter },
  );
  expect(result.errors).toBeUndefined();
  return (result.data!.incidents.nodes as { title: string }[])
    .map((incident) => incident.title)
    .sort();
}

async function plotNames(filter: unknown): Promise<string[]> {
  const result = await t.api.query(
    `query ($filter: PlotFilter) { plots(filter: $filter, first: 100) { nodes { name } } }`,
    { filter },
  );
  expect(result.errors).toBeUndefined();
  return (result.data!.plots.nodes as { name: string }[]).map((plot) => plot.name).sort();
}

async function filterError(document: string, variables: Record<string, unknown>) {
  const result = await t.api.query(document, variables);
  expect(result.data?.incidents ?? result.data?.plots ?? null).toBeNull();
  return result.errors;
}

describe('uncertain dates', () => {
  beforeEach(async () => {
    await t.make.incident({ title: 'day', date: date('2024-05-20') });
    await t.make.incident({ title: 'month', date: date('2024-05') });
    await t.make.incident({ title: 'year', date: date('2024') });
    await t.make.incident({ title: 'range', date: date('2023-12', '2024-01') });
    await t.make.incident({ title: 'since 2015', date: date('2015', undefined, true) });
    await t.make.incident({ title: 'unknown', date: toFuzzyDateColumns({ from: '2000' }) });
    await t.api.dataSource.query(
      `UPDATE incidents SET "dateStart" = NULL, "dateStartPrecision" = NULL, "dateLatest" = NULL WHERE title = 'unknown'`,
    );
  });

  it('treats "May 2024" as overlapping any day of May (the precision rule)', async () => {
    expect(
      await incidentTitles({ date: { overlaps: { from: '2024-05-20', to: '2024-05-20' } } }),
    ).toEqual(['day', 'month', 'since 2015', 'year']);
  });

  it('overlaps a whole month or year given as a partial date', async () => {
    expect(
      await incidentTitles({ date: { overlaps: { from: '2024-01', to: '2024-01' } } }),
    ).toEqual(['range', 'since 2015', 'year']);
  });

  it('within keeps only dates whose whole span lies in the period', async () => {
    expect(await incidentTitles({ date: { within: { from: '2024-05', to: '2024-05' } } })).toEqual([
      'day',
      'month',
    ]);
    expect(await incidentTitles({ date: { within: { from: '2023' } } })).toEqual([
      'day',
      'month',
      'range',
      'year',
    ]);
  });

  it('matches unknown dates only through isNull', async () => {
    expect(await incidentTitles({ date: { isNull: true } })).toEqual(['unknown']);
    expect(await incidentTitles({ date: { overlaps: { to: '2100' } } })).not.toContain('unknown');
  });

  it.each([
    [{ date: { overlaps: {} } }, 'filter.date.overlaps'],
    [{ date: { overlaps: { from: '2024-13' } } }, 'filter.date.overlaps.from'],
    [{ date: { within: { from: '2024', to: '2023' } } }, 'filter.date.within.to'],
    [{ date: { isNull: true, overlaps: { from: '2020' } } }, 'filter.date.isNull'],
  ])('refuses %j as BAD_USER_INPUT at %s', async (filter, field) => {
    const errors = await filterError(INCIDENTS, { filter });
    expect(errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
  });
});

describe('scalar operators', () => {
  beforeEach(async () => {
    await t.make.incident({ title: 'Alpha attack', killed: 0 });
    await t.make.incident({ title: 'Beta bombing', killed: 3 });
    await t.make.incident({ title: 'Gamma 100%_done', killed: null });
  });

  it.each([
    [{ title: { eq: 'Alpha attack' } }, ['Alpha attack']],
    [{ title: { notEq: 'Alpha attack' } }, ['Beta bombing', 'Gamma 100%_done']],
    [{ title: { in: ['Alpha attack', 'Beta bombing'] } }, ['Alpha attack', 'Beta bombing']],
    [{ title: { in: [] } }, []],
    [{ title: { notIn: ['Alpha attack'] } }, ['Beta bombing', 'Gamma 100%_done']],
    [{ title: { contains: 'BOMB' } }, ['Beta bombing']],
    [{ title: { contains: '%_' } }, ['Gamma 100%_done']],
    [{ title: { startsWith: 'al' } }, ['Alpha attack']],
    [{ killed: { isNull: true } }, ['Gamma 100%_done']],
    [{ killed: { eq: 0 } }, ['Alpha attack']],
    [{ killed: { gt: 0 } }, ['Beta bombing']],
    [{ killed: { gte: 0, lt: 3 } }, ['Alpha attack']],
    [{ killed: { lte: 3 } }, ['Alpha attack', 'Beta bombing']],
    [{ killed: { between: [1, 5] } }, ['Beta bombing']],
    [{ killed: { notEq: 0 } }, ['Beta bombing']],
    [{ type: { eq: 'SHOOTING' } }, ['Alpha attack', 'Beta bombing', 'Gamma 100%_done']],
    [{ type: { notIn: ['SHOOTING'] } }, []],
  ])('%j', async (filter, expected) => {
    expect(await incidentTitles(filter)).toEqual(expected);
  });

  it('combines and, or and not', async () => {
    expect(
      await incidentTitles({ or: [{ title: { startsWith: 'Alpha' } }, { killed: { gt: 2 } }] }),
    ).toEqual(['Alpha attack', 'Beta bombing']);
    expect(await incidentTitles({ not: { killed: { isNull: true } } })).toEqual([
      'Alpha attack',
      'Beta bombing',
    ]);
    expect(
      await incidentTitles({ and: [{ killed: { gte: 0 } }, { title: { contains: 'beta' } }] }),
    ).toEqual(['Beta bombing']);
    expect(await incidentTitles({ or: [] })).toEqual([]);
    expect(await incidentTitles({})).toEqual(['Alpha attack', 'Beta bombing', 'Gamma 100%_done']);
  });

  it.each([
    ['between with one value', { killed: { between: [5] } }, 'filter.killed.between'],
    ['between low > high', { killed: { between: [5, 1] } }, 'filter.killed.between'],
    ['isNull with eq', { killed: { isNull: true, eq: 1 } }, 'filter.killed.isNull'],
    [
      '101 values in a list',
      { and: [{ title: { in: Array.from({ length: 101 }, (_, index) => `t${index}`) } }] },
      'filter.and.0.title.in',
    ],
    [
      'an id of another kind',
      { id: { eq: toGlobalId('Plot', '00000000-0000-4000-8000-000000000000') } },
      'filter.id.eq',
    ],
  ])('refuses %s as BAD_USER_INPUT at its path', async (_label, filter, field) => {
    const errors = await filterError(INCIDENTS, { filter });
    expect(errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
  });

  it('lists what changed since a moment, for incremental pulls', async () => {
    const [{ now }] = await t.api.dataSource.query('SELECT now() AS now');
    await t.api.dataSource.query(
      `UPDATE incidents SET "updatedAt" = $1::timestamptz - interval '1 hour'`,
      [now],
    );
    await t.api.dataSource.query(
      `UPDATE incidents SET title = title || ' (edited)', "updatedAt" = $1::timestamptz + interval '1 second' WHERE title = 'Beta bombing'`,
      [now],
    );
    expect(await incidentTitles({ updatedAt: { gte: new Date(now).toISOString() } })).toEqual([
      'Beta bombing (edited)',
    ]);
    expect(await incidentTitles({ updatedAt: { lt: new Date(now).toISOString() } })).toEqual([
      'Alpha attack',
      'Gamma 100%_done',
    ]);
  });

  it('finds a record by its global id', async () => {
    const [row] = await t.api.dataSource.query(
      `SELECT id FROM incidents WHERE title = 'Beta bombing'`,
    );
    expect(await incidentTitles({ id: { in: [toGlobalId('Incident', row.id)] } })).toEqual([
      'Beta bombing',
    ]);
  });
});

describe('relations, roles and citations', () => {
  it('filters through a to-one relation, a bounding box and a country', async () => {
    const paris = await t.make.place({
      name: 'Paris',
      countryCode: 'FR',
      latitude: 48.8566,
      longitude: 2.3522,
    });
    const madrid = await t.make.place({
      name: 'Madrid',
      countryCode: 'ES',
      latitude: 40.4168,
      longitude: -3.7038,
    });
    await t.make.incident({ title: 'in Paris', placeId: paris.id });
    await t.make.incident({ title: 'in Madrid', placeId: madrid.id });
    await t.make.incident({ title: 'nowhere' });
    expect(await incidentTitles({ place: { countryCode: { eq: 'FR' } } })).toEqual(['in Paris']);
    expect(
      await incidentTitles({
        place: { boundingBox: { south: 35, west: -10, north: 45, east: 0 } },
      }),
    ).toEqual(['in Madrid']);
    expect(await incidentTitles({ not: { place: {} } })).toEqual(['nowhere']);
  });

  it('filters plots by sponsor, target kinds and countries, and by their incidents (some / every / none)', async () => {
    const iran = await t.make.actor({ name: 'Iran', kind: ActorKind.STATE });
    const other = await t.make.actor({ name: 'Other', kind: ActorKind.STATE });
    const sponsored = await t.make.plot({
      name: 'sponsored',
      targetKinds: [TargetKind.JEWISH_COMMUNITY, TargetKind.DISSIDENTS],
      targetCountries: ['FR', 'DE'],
    });
    const elsewhere = await t.make.plot({
      name: 'elsewhere',
      targetKinds: [TargetKind.DISSIDENTS],
      targetCountries: ['NL'],
      status: PlotStatus.EXECUTED,
    });
    await t.make.plot({ name: 'empty' });
    await t.make.role({ actorId: iran.id, role: ActorRoleKind.SPONSOR, plotId: sponsored.id });
    await t.make.role({ actorId: iran.id, role: ActorRoleKind.TARGET, plotId: elsewhere.id });
    await t.make.role({ actorId: other.id, role: ActorRoleKind.SPONSOR, plotId: elsewhere.id });
    await t.make.incident({ title: 'arson', plotId: sponsored.id, type: 'ARSON' as never });
    await t.make.incident({ title: 'shooting', plotId: sponsored.id });
    await t.make.incident({ title: 'shooting 2', plotId: elsewhere.id });

    expect(await plotNames({ sponsor: { name: { eq: 'Iran' } } })).toEqual(['sponsored']);
    expect(await plotNames({ actors: { some: { actor: { name: { eq: 'Iran' } } } } })).toEqual([
      'elsewhere',
      'sponsored',
    ]);
    expect(
      await plotNames({ targetKinds: { contains: ['JEWISH_COMMUNITY', 'DISSIDENTS'] } }),
    ).toEqual(['sponsored']);
    expect(await plotNames({ targetKinds: { overlaps: ['DISSIDENTS'] } })).toEqual([
      'elsewhere',
      'sponsored',
    ]);
    expect(await plotNames({ targetCountries: { overlaps: ['DE', 'NL'] } })).toEqual([
      'elsewhere',
      'sponsored',
    ]);
    expect(await plotNames({ targetCountries: { isEmpty: true } })).toEqual(['empty']);
    expect(await plotNames({ incidents: { some: { type: { eq: 'ARSON' } } } })).toEqual([
      'sponsored',
    ]);
    expect(await plotNames({ incidents: { every: { type: { eq: 'SHOOTING' } } } })).toEqual([
      'elsewhere',
      'empty',
    ]);
    expect(await plotNames({ incidents: { none: { type: { eq: 'SHOOTING' } } } })).toEqual([
      'empty',
    ]);
  });

  it('filters by citation stance and source', async () => {
    const cnn = await t.make.source({ publisher: 'CNN' });
    const reuters = await t.make.source({ publisher: 'Reuters' });
    const denied = await t.make.incident({ title: 'denied' });
    const reported = await t.make.incident({ title: 'reported' });
    await t.make.citation({ sourceId: cnn.id, incidentId: denied.id, stance: Stance.DENIES });
    await t.make.citation({ sourceId: reuters.id, incidentId: denied.id, stance: Stance.REPORTS });
    await t.make.citation({
      sourceId: reuters.id,
      incidentId: reported.id,
      stance: Stance.REPORTS,
    });
    expect(await incidentTitles({ citations: { some: { stance: { eq: 'DENIES' } } } })).toEqual([
      'denied',
    ]);
    expect(
      await incidentTitles({ citations: { some: { source: { publisher: { eq: 'Reuters' } } } } }),
    ).toEqual(['denied', 'reported']);
    expect(await incidentTitles({ citations: { every: { stance: { eq: 'REPORTS' } } } })).toEqual([
      'reported',
    ]);
  });

  it('leaves soft-deleted related records out of relation filters', async () => {
    const plot = await t.make.plot({ name: 'gone' });
    await t.make.incident({ title: 'orphan', plotId: plot.id });
    await t.api.dataSource.query(`UPDATE plots SET "deletedAt" = now()`);
    expect(await incidentTitles({ plot: { name: { eq: 'gone' } } })).toEqual([]);
  });
});

describe('ordering and search', () => {
  it('orders by a list of keys with the id as tie-breaker, and pages through it', async () => {
    for (const [title, killed] of [
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', null],
    ] as const) {
      await t.make.incident({ title, killed });
    }
    const ordered = await t.api.query(
      `{ incidents(orderBy: [{ field: KILLED, direction: DESC }, { field: TITLE }]) { nodes { title } } }`,
    );
    expect(
      ordered.data!.incidents.nodes.map((incident: { title: string }) => incident.title),
    ).toEqual(['a', 'c', 'b', 'd']);
    const page1: any = await t.api.query(
      `{ incidents(first: 2, orderBy: [{ field: KILLED, direction: DESC }, { field: TITLE }]) { pageInfo { endCursor } } }`,
    );
    const page2 = await t.api.query(
      `query ($after: String) { incidents(first: 2, after: $after, orderBy: [{ field: KILLED, direction: DESC }, { field: TITLE }]) { nodes { title } } }`,
      {
        after: page1.data.incidents.pageInfo.endCursor,
      },
    );
    expect(
      page2.data!.incidents.nodes.map((incident: { title: string }) => incident.title),
    ).toEqual(['b', 'd']);
    const otherOrder = await t.api.query(
      `query ($after: String) { incidents(first: 2, after: $after) { nodes { title } } }`,
      { after: page1.data.incidents.pageInfo.endCursor },
    );
    expect(otherOrder.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });

  it('refuses a sort key given twice', async () => {
    const result = await t.api.query(
      `{ incidents(orderBy: [{ field: TITLE }, { field: TITLE, direction: DESC }]) { nodes { title } } }`,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'orderBy.1.field' } }),
    ]);
  });

  it('searches titles and descriptions with stemming, best match first, and pages through the ranking', async () => {
    await t.make.incident({
      title: 'Bombing of a rally',
      description: 'A bomb plot against an opposition rally.',
    });
    await t.make.incident({ title: 'Shooting', description: 'Someone mentioned bombs once.' });
    await t.make.incident({ title: 'Arson', description: 'Fire.' });
    const all = await t.api.query(`{ incidents(search: "bombs rally") { nodes { title } } }`);
    expect(all.data!.incidents.nodes).toEqual([{ title: 'Bombing of a rally' }]);
    const ranked: any = await t.api.query(
      `{ incidents(search: "bomb", first: 1) { nodes { title } pageInfo { endCursor hasNextPage } } }`,
    );
    expect(ranked.data.incidents).toMatchObject({
      nodes: [{ title: 'Bombing of a rally' }],
      pageInfo: { hasNextPage: true },
    });
    const next = await t.api.query(
      `query ($after: String) { incidents(search: "bomb", first: 1, after: $after) { nodes { title } pageInfo { hasNextPage } } }`,
      {
        after: ranked.data.incidents.pageInfo.endCursor,
      },
    );
    expect(next.data!.incidents).toEqual({
      nodes: [{ title: 'Shooting' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('refuses an empty or overlong search', async () => {
    for (const search of ['  ', 'x'.repeat(201)]) {
      const result = await t.api.query(
        `query ($search: String) { incidents(search: $search) { nodes { title } } }`,
        { search },
      );
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'search' } }),
      ]);
    }
  });
});

describe('nested connections', () => {
  it("pages one parent's children with first/after and counts them", async () => {
    const plot = await t.make.plot({ name: 'big' });
    for (const year of [2019, 2020, 2021]) {
      await t.make.incident({ title: `in ${year}`, plotId: plot.id, date: date(String(year)) });
    }
    const id = toGlobalId('Plot', plot.id);
    const first: any = await t.api.query(NESTED, { id, first: 2 });
    expect(first.data.node.incidents).toMatchObject({
      totalCount: 3,
      nodes: [{ title: 'in 2021' }, { title: 'in 2020' }],
      pageInfo: { hasNextPage: true },
    });
    const rest: any = await t.api.query(NESTED, {
      id,
      first: 2,
      after: first.data.node.incidents.pageInfo.endCursor,
    });
    expect(rest.data.node.incidents).toMatchObject({
      nodes: [{ title: 'in 2019' }],
      pageInfo: { hasNextPage: false },
    });
  });
});

const INCIDENTS = `query ($filter: IncidentFilter) { incidents(filter: $filter) { nodes { title } } }`;

const NESTED = `query ($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Plot { incidents(first: $first, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } } }
}`;
