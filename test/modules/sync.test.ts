import { PlotEntity, PlotStatus } from '../../src/modules/plot';
import { Confidence } from '../../src/shared/confidence.enum';
import { emptyFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { insertRecord } from '../../src/shared/upsert';
import { setUpWriteTests } from '../helpers/api';
import { toGlobalId } from '../helpers/factories';

const t = setUpWriteTests();

/** A partner's copy: records by global ID, and where to resume. */
class Partner {
  readonly records = new Map<string, Record<string, unknown>>();
  cursor: string | null = null;
  readonly seen: string[] = [];

  /** Pulls pages of 3 until the feed is exhausted; returns the actions it applied. */
  async pull(): Promise<string[]> {
    const actions: string[] = [];
    for (;;) {
      const result: any = await t.api.query(CHANGES, { first: 3, after: this.cursor });
      expect(result.errors).toBeUndefined();
      for (const event of result.data.changes.nodes) {
        actions.push(`${event.action} ${event.kind} v${event.version}`);
        this.seen.push(event.sequence);
        if (event.record) {
          this.records.set(event.recordId, event.record);
        } else {
          this.records.delete(event.recordId);
        }
      }
      this.cursor = result.data.changes.pageInfo.endCursor ?? this.cursor;
      if (!result.data.changes.pageInfo.hasNextPage) {
        return actions;
      }
    }
  }
}

async function serverState(): Promise<Map<string, unknown>> {
  const result: any = await t.api.query(EVERYTHING);
  return new Map(
    [...result.data.plots.nodes, ...result.data.places.nodes, ...result.data.sources.nodes].map(
      (node: any) => [node.id, node],
    ),
  );
}

async function create(kind: 'Plot' | 'Place' | 'Source', input: Record<string, unknown>) {
  const field = kind.toLowerCase();
  const result: any = await t.editor.query(
    `mutation ($input: Create${kind}Input!) { create${kind}(input: $input) { ${field} { id } } }`,
    { input },
  );
  return result.data[`create${kind}`][field].id as string;
}

describe('changes feed', () => {
  it('lets a partner mirror the data: full pull, then an incremental pull after edits', async () => {
    const plotA = await create('Plot', {
      name: 'A',
      summary: 'S',
      status: 'FOILED',
      confidence: 'REPORTED',
    });
    const plotB = await create('Plot', {
      name: 'B',
      summary: 'S',
      status: 'PLANNED',
      confidence: 'ALLEGED',
    });
    const place = await create('Place', { name: 'Paris', countryCode: 'FR' });
    const source = await create('Source', {
      publisher: 'AFP',
      title: 'T',
      kind: 'NEWS_REPORT',
      language: 'en',
    });

    const partner = new Partner();
    expect(await partner.pull()).toEqual([
      'CREATED PLOT v1',
      'CREATED PLOT v1',
      'CREATED PLACE v1',
      'CREATED SOURCE v1',
    ]);
    expect(partner.records).toEqual(await serverState());

    await t.editor.query(UPDATE_PLOT, {
      input: { id: plotA, expectedVersion: 1, codename: 'Alpha' },
    });
    await t.admin.query(DELETE_PLOT, { input: { id: plotB } });
    await t.admin.query(DELETE_PLACE, { input: { id: place } });
    await t.admin.query(RESTORE_PLACE, { input: { id: place } });
    await t.editor.query(ADD_CITATION, {
      input: { recordId: plotA, sourceId: source, stance: 'REPORTS' },
    });
    const plotC = await create('Plot', {
      name: 'C',
      summary: 'S',
      status: 'EXECUTED',
      confidence: 'CONFIRMED',
    });

    expect(await partner.pull()).toEqual([
      'UPDATED PLOT v2',
      'DELETED PLOT v2',
      'DELETED PLACE v2',
      'RESTORED PLACE v3',
      'UPDATED PLOT v3',
      'CREATED PLOT v1',
    ]);
    expect(partner.records).toEqual(await serverState());
    expect([...partner.records.keys()].sort()).toEqual([plotA, place, source, plotC].sort());
    expect(await partner.pull()).toEqual([]);
  });

  it('never skips a change committed late by an older transaction', async () => {
    // Transaction A writes first (so it has the older transaction id) but commits last.
    const runner = t.api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const early = await insertRecord(
        runner.manager,
        PlotEntity,
        'Plot',
        plotValues('early'),
        'test',
      );
      const late = await create('Plot', {
        name: 'late',
        summary: 'S',
        status: 'FOILED',
        confidence: 'REPORTED',
      });

      const partner = new Partner();
      // B has committed, but A may still commit an entry before it: hold both back.
      expect(await partner.pull()).toEqual([]);
      await runner.commitTransaction();
      expect(await partner.pull()).toEqual(['CREATED PLOT v1', 'CREATED PLOT v1']);
      expect([...partner.records.keys()]).toEqual([toGlobalId('Plot', early.id), late]);

      const [{ count }] = await t.api.dataSource.query(
        `SELECT count(*)::int AS count FROM change_log`,
      );
      expect(partner.seen).toHaveLength(count);
    } finally {
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
      await runner.release();
    }
  });

  it('serves entries of a transaction that rolled back never, and those after it at once', async () => {
    const runner = t.api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await insertRecord(runner.manager, PlotEntity, 'Plot', plotValues('abandoned'), 'test');
    await runner.rollbackTransaction();
    await runner.release();
    await create('Plot', { name: 'kept', summary: 'S', status: 'FOILED', confidence: 'REPORTED' });
    const partner = new Partner();
    expect(await partner.pull()).toEqual(['CREATED PLOT v1']);
  });

  it('filters by kind and by time, and reports who made each change', async () => {
    await create('Plot', { name: 'P', summary: 'S', status: 'FOILED', confidence: 'REPORTED' });
    await create('Place', { name: 'Paris', countryCode: 'FR' });
    const [{ now }] = await t.api.dataSource.query(`SELECT now() + interval '1 hour' AS now`);
    const places: any = await t.api.query(FILTERED, { kinds: ['PLACE'] });
    const none: any = await t.api.query(FILTERED, { kinds: [] });
    const future: any = await t.api.query(FILTERED, { since: now.toISOString() });
    expect([places.data.changes, none.data.changes, future.data.changes]).toEqual([
      { nodes: [{ kind: 'PLACE', changedBy: t.editor.keyId, changedFields: expect.any(Array) }] },
      { nodes: [] },
      { nodes: [] },
    ]);
  });

  it('refuses a cursor from another list', async () => {
    await create('Plot', { name: 'P', summary: 'S', status: 'FOILED', confidence: 'REPORTED' });
    const plots: any = await t.api.query('{ plots(first: 1) { pageInfo { endCursor } } }');
    const result = await t.api.query(CHANGES, {
      first: 1,
      after: plots.data.plots.pageInfo.endCursor,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });
});

function plotValues(name: string): Partial<PlotEntity> {
  return {
    name,
    summary: 'S',
    status: PlotStatus.FOILED,
    confidence: Confidence.REPORTED,
    period: emptyFuzzyDateColumns(),
    disclosed: emptyFuzzyDateColumns(),
  };
}

const PLOT = 'id version name codename status citations { nodes { stance } }';
const PLACE = 'id version name countryCode';
const SOURCE = 'id version publisher title';

const RECORD = `__typename ... on Plot { ${PLOT} } ... on Place { ${PLACE} } ... on Source { ${SOURCE} }`;

const CHANGES = `query ($first: Int, $after: String) {
  changes(first: $first, after: $after) {
    nodes { sequence action kind recordId version record { ${RECORD} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FILTERED = `query ($kinds: [RecordKind!], $since: DateTimeISO) {
  changes(kinds: $kinds, since: $since) { nodes { kind changedBy changedFields { field } } }
}`;

const EVERYTHING = `{
  plots(first: 100) { nodes { __typename ${PLOT} } }
  places(first: 100) { nodes { __typename ${PLACE} } }
  sources(first: 100) { nodes { __typename ${SOURCE} } }
}`;

const UPDATE_PLOT = `mutation ($input: UpdatePlotInput!) { updatePlot(input: $input) { userErrors { code } } }`;
const DELETE_PLOT = `mutation ($input: DeletePlotInput!) { deletePlot(input: $input) { userErrors { code } } }`;
const DELETE_PLACE = `mutation ($input: DeletePlaceInput!) { deletePlace(input: $input) { userErrors { code } } }`;
const RESTORE_PLACE = `mutation ($input: RestorePlaceInput!) { restorePlace(input: $input) { userErrors { code } } }`;
const ADD_CITATION = `mutation ($input: AddCitationInput!) { addCitation(input: $input) { userErrors { code } } }`;
