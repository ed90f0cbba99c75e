import { toFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { setUpWriteTests, type KeyedClient } from '../helpers/api';
import { databaseState } from '../helpers/counts';
import { toGlobalId } from '../helpers/factories';

const t = setUpWriteTests();

const long = (length: number) => 'x'.repeat(length);

const VALID: Record<string, Record<string, unknown>> = {
  Actor: { kind: 'PERSON', name: 'A' },
  Place: { name: 'Paris', countryCode: 'FR' },
  Source: { publisher: 'AFP', title: 'T', kind: 'NEWS_REPORT', language: 'en' },
  Plot: { name: 'P', summary: 'S', status: 'FOILED', confidence: 'REPORTED' },
  Incident: { title: 'I', type: 'ARSON', outcome: 'FOILED', confidence: 'REPORTED' },
  Arrest: { custodyOutcome: 'UNKNOWN', confidence: 'REPORTED' },
  Sentence: { jurisdiction: 'BE', termKind: 'PRISON', status: 'FINAL', confidence: 'CONVICTED' },
  Sanction: { title: 'S', status: 'ACTIVE', confidence: 'CONFIRMED' },
  WeaponsTransfer: {
    weaponSystem: 'Fath-360',
    category: 'DRONE',
    status: 'REPORTED',
    confidence: 'REPORTED',
  },
};

/** Runs createX and expects a top-level error; returns the error and checks nothing was written. */
async function refusedCreate(kind: string, input: Record<string, unknown>) {
  const before = await databaseState(t.api.dataSource);
  const result = await t.editor.query(create(kind), { input: { ...VALID[kind], ...input } });
  expect(result.data ?? null).toBeNull();
  expect(await databaseState(t.api.dataSource)).toEqual(before);
  return result.errors;
}

/** Runs a mutation that must answer with one user error; checks nothing was written. */
async function refusedWithUserError(
  client: KeyedClient,
  document: string,
  input: Record<string, unknown>,
) {
  const before = await databaseState(t.api.dataSource);
  const result: any = await client.query(document, { input });
  expect(result.errors).toBeUndefined();
  expect(await databaseState(t.api.dataSource)).toEqual(before);
  const payload: any = Object.values(result.data)[0];
  expect(Object.values(payload).filter((value) => value === null)).not.toHaveLength(0);
  return payload.userErrors;
}

describe('class-validator rules on inputs (BAD_USER_INPUT naming the field, nothing written)', () => {
  it.each([
    ['Plot', '{ name:  }', 'input.name', { name: '' }],
    ['Plot', '{ name: 301 characters }', 'input.name', { name: long(301) }],
    ['Plot', '{ summary: 10001 characters }', 'input.summary', { summary: long(10_001) }],
    ['Plot', '{ period: { from: 2024-13 } }', 'input.period.from', { period: { from: '2024-13' } }],
    [
      'Plot',
      '{ period: { from: 2023-02-30 } }',
      'input.period.from',
      { period: { from: '2023-02-30' } },
    ],
    [
      'Plot',
      '{ period: { from: May 2024 } }',
      'input.period.from',
      { period: { from: 'May 2024' } },
    ],
    [
      'Plot',
      '{ period: { from: 2020, to: 2019-12 } }',
      'input.period.to',
      { period: { from: '2020', to: '2019-12' } },
    ],
    [
      'Plot',
      '{ period: { from: 2020, to: 20201 } }',
      'input.period.to',
      { period: { from: '2020', to: '20201' } },
    ],
    [
      'Plot',
      '{ period: { from: 2020, to: 2021, ongoing: true } }',
      'input.period.ongoing',
      { period: { from: '2020', to: '2021', ongoing: true } },
    ],
    [
      'Plot',
      '{ period: { from: 2020, note: 501 characters } }',
      'input.period.note',
      { period: { from: '2020', note: long(501) } },
    ],
    [
      'Plot',
      '{ targetKinds: 51 items }',
      'input.targetKinds',
      { targetKinds: Array(51).fill('OTHER') },
    ],
    ['Plot', '{ aggregateCount: 0 }', 'input.aggregateCount', { aggregateCount: 0 }],
    ['Incident', '{ killed: -1 }', 'input.killed', { killed: -1 }],
    ['Incident', '{ injured: -3 }', 'input.injured', { injured: -3 }],
    [
      'Incident',
      '{ description: 10001 characters }',
      'input.description',
      { description: long(10_001) },
    ],
    ['Arrest', '{ charges: 51 items }', 'input.charges', { charges: Array(51).fill('c') }],
    ['Arrest', '{ charges: [301 characters] }', 'input.charges', { charges: [long(301)] }],
    ['Sentence', '{ termMonths: -1 }', 'input.termMonths', { termMonths: -1 }],
    [
      'Sentence',
      '{ termMonths: 120, termMonthsMax: 60 }',
      'input.termMonthsMax',
      { termMonths: 120, termMonthsMax: 60 },
    ],
    [
      'Sentence',
      '{ fineAmount: -5, fineCurrency: EUR }',
      'input.fineAmount',
      { fineAmount: -5, fineCurrency: 'EUR' },
    ],
    [
      'Sentence',
      '{ fineAmount: 5, fineCurrency: EURO }',
      'input.fineCurrency',
      { fineAmount: 5, fineCurrency: 'EURO' },
    ],
    [
      'Sentence',
      '{ released: { from: 2023-02-29 } }',
      'input.released.from',
      { released: { from: '2023-02-29' } },
    ],
    ['WeaponsTransfer', '{ quantityLow: -1 }', 'input.quantityLow', { quantityLow: -1 }],
    [
      'WeaponsTransfer',
      '{ quantityLow: 400, quantityHigh: 200 }',
      'input.quantityHigh',
      { quantityLow: 400, quantityHigh: 200 },
    ],
    [
      'WeaponsTransfer',
      '{ quantityText: 301 characters }',
      'input.quantityText',
      { quantityText: long(301) },
    ],
    [
      'Place',
      '{ latitude: 90.5, longitude: 0 }',
      'input.latitude',
      { latitude: 90.5, longitude: 0 },
    ],
    [
      'Place',
      '{ latitude: 0, longitude: -180.5 }',
      'input.longitude',
      { latitude: 0, longitude: -180.5 },
    ],
    ['Place', '{ wikidataId: X90 }', 'input.wikidataId', { wikidataId: 'X90' }],
    ['Place', '{ geonamesId: abc }', 'input.geonamesId', { geonamesId: 'abc' }],
    ['Source', '{ url: ftp://example.org/a }', 'input.url', { url: 'ftp://example.org/a' }],
    ['Source', '{ url: example.org/a }', 'input.url', { url: 'example.org/a' }],
    ['Source', '{ language: xx }', 'input.language', { language: 'xx' }],
    ['Source', '{ title: 301 characters }', 'input.title', { title: long(301) }],
    ['Actor', '{ ageReported: -1 }', 'input.ageReported', { ageReported: -1 }],
    ['Actor', '{ aliases: [] }', 'input.aliases', { aliases: [''] }],
    ['Actor', '{ externalId: 201 characters }', 'input.externalId', { externalId: long(201) }],
  ])('create%s with %s is refused at %s', async (kind, _label, field, input) => {
    expect(await refusedCreate(kind, input)).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field, messages: [expect.any(String)] }] },
      }),
    ]);
  });

  it('names the problem in the message without echoing other input', async () => {
    const errors = await refusedCreate('Plot', { period: { from: '2020', to: '2019' } });
    expect(errors).toEqual([
      expect.objectContaining({
        message:
          'Invalid input: input.period.to (to: the range ends (2019) before it starts (2020))',
      }),
    ]);
  });

  it.each([
    ['Plot', { status: 'NOPE' }],
    ['Place', { countryCode: 'XX' }],
    ['Sentence', { jurisdiction: 'Belgium' }],
    ['Actor', { ageReportedOn: '2024-02-30' }],
  ])(
    'create%s with %j is refused by the GraphQL types (enum values, country codes, dates)',
    async (kind, input) => {
      expect(await refusedCreate(kind, input)).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    },
  );

  it('refuses a global ID of the wrong kind, naming the field', async () => {
    const plot = await t.make.plot();
    expect(await refusedCreate('Incident', { placeId: toGlobalId('Plot', plot.id) })).toEqual([
      expect.objectContaining({
        message: 'input.placeId: is not a Place id',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.placeId' },
      }),
    ]);
  });

  it('refuses null for a required field in an update, and a wrong-kind id', async () => {
    const plot = await t.make.plot();
    const before = await databaseState(t.api.dataSource);
    const nulled = await t.editor.query(UPDATE_PLOT, {
      input: { id: toGlobalId('Plot', plot.id), expectedVersion: 1, name: null },
    });
    const wrongKind = await t.editor.query(UPDATE_PLOT, {
      input: { id: toGlobalId('Incident', plot.id), expectedVersion: 1, name: 'N' },
    });
    expect([nulled.errors, wrongKind.errors]).toEqual([
      [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } })],
      [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } })],
    ]);
    expect(await databaseState(t.api.dataSource)).toEqual(before);
  });
});

describe('record rules (userErrors, nothing written)', () => {
  it.each([
    [
      'Sanction',
      { imposed: { from: '2024-10' }, lifted: { from: '2024-09' } },
      'INVALID_DATE_RANGE',
      'input.lifted',
    ],
    [
      'Sentence',
      { date: { from: '2021-02-04' }, released: { from: '2020' } },
      'INVALID_DATE_RANGE',
      'input.released',
    ],
    ['Sentence', { fineAmount: 1000 }, 'INVALID_COMBINATION', 'input.fineCurrency'],
    ['Place', { latitude: 48.8 }, 'INVALID_COMBINATION', 'input.longitude'],
  ])('create%s with %j gives %s at %s', async (kind, input, code, field) => {
    expect(
      await refusedWithUserError(t.editor, create(kind), { ...VALID[kind], ...input }),
    ).toEqual([{ code, field, message: expect.any(String) }]);
  });

  it('accepts a release in the same month as a day-precise sentence date', async () => {
    const result: any = await t.editor.query(create('Sentence'), {
      input: { ...VALID.Sentence, date: { from: '2021-02-04' }, released: { from: '2021-02' } },
    });
    expect(result.data.createSentence.userErrors).toEqual([]);
  });

  it('checks a low/high pair against the stored other end on update', async () => {
    const sentence = await t.api.dataSource.query(
      `INSERT INTO sentences (id, jurisdiction, "termKind", "termMonths", "termMonthsMax", status, confidence)
       VALUES (gen_random_uuid(), 'BE', 'PRISON', 120, 180, 'FINAL', 'CONVICTED') RETURNING id`,
    );
    const transfer = await t.api.dataSource.query(
      `INSERT INTO weapons_transfers (id, "weaponSystem", category, "quantityLow", "quantityHigh", status, confidence)
       VALUES (gen_random_uuid(), 'Shahed-136', 'DRONE', 100, 200, 'REPORTED', 'REPORTED') RETURNING id`,
    );
    expect([
      await refusedWithUserError(t.editor, update('Sentence'), {
        id: toGlobalId('Sentence', sentence[0].id),
        expectedVersion: 1,
        termMonthsMax: 60,
      }),
      await refusedWithUserError(t.editor, update('WeaponsTransfer'), {
        id: toGlobalId('WeaponsTransfer', transfer[0].id),
        expectedVersion: 1,
        quantityLow: 500,
      }),
    ]).toEqual([
      [{ code: 'INVALID_RANGE', field: 'input.termMonthsMax', message: expect.any(String) }],
      [{ code: 'INVALID_RANGE', field: 'input.quantityHigh', message: expect.any(String) }],
    ]);
  });

  it('refuses references to missing or deleted records (NOT_FOUND naming the field)', async () => {
    const deletedPlace = await t.make.place({ deletedAt: new Date() });
    const missingPlot = toGlobalId('Plot', '00000000-0000-4000-8000-000000000000');
    expect([
      await refusedWithUserError(t.editor, create('Incident'), {
        ...VALID.Incident,
        placeId: toGlobalId('Place', deletedPlace.id),
      }),
      await refusedWithUserError(t.editor, create('Incident'), {
        ...VALID.Incident,
        plotId: missingPlot,
      }),
    ]).toEqual([
      [{ code: 'NOT_FOUND', field: 'input.placeId', message: expect.any(String) }],
      [{ code: 'NOT_FOUND', field: 'input.plotId', message: expect.any(String) }],
    ]);
  });

  it('refuses a taken externalId or source URL (DUPLICATE), deleted records included', async () => {
    await t.make.plot({ externalId: 'taken', deletedAt: new Date() });
    await t.make.source({ url: 'https://example.org/taken' });
    expect([
      await refusedWithUserError(t.editor, create('Plot'), { ...VALID.Plot, externalId: 'taken' }),
      await refusedWithUserError(t.editor, create('Source'), {
        ...VALID.Source,
        url: 'https://example.org/taken',
      }),
    ]).toEqual([
      [{ code: 'DUPLICATE', field: 'input.externalId', message: expect.any(String) }],
      [{ code: 'DUPLICATE', field: 'input.url', message: expect.any(String) }],
    ]);
  });

  it('answers a stale expectedVersion with VERSION_CONFLICT on update and delete', async () => {
    const plot = await t.make.plot();
    await t.api.dataSource.query(`UPDATE plots SET version = 2 WHERE id = $1`, [plot.id]);
    const id = toGlobalId('Plot', plot.id);
    expect([
      await refusedWithUserError(t.editor, update('Plot'), { id, expectedVersion: 1, name: 'New' }),
      await refusedWithUserError(t.admin, DELETE_PLOT, { id, expectedVersion: 1 }),
    ]).toEqual([
      [
        {
          code: 'VERSION_CONFLICT',
          field: 'input.expectedVersion',
          message: 'The plot is at version 2, not 1: it changed since you read it.',
        },
      ],
      [expect.objectContaining({ code: 'VERSION_CONFLICT' })],
    ]);
  });

  it('refuses to update or delete a deleted record, restore a live one, or upsert over a deletion', async () => {
    const deleted = await t.make.plot({ externalId: 'gone', deletedAt: new Date() });
    const live = await t.make.plot();
    expect([
      await refusedWithUserError(t.editor, update('Plot'), {
        id: toGlobalId('Plot', deleted.id),
        expectedVersion: 1,
        name: 'New',
      }),
      await refusedWithUserError(t.admin, DELETE_PLOT, { id: toGlobalId('Plot', deleted.id) }),
      await refusedWithUserError(t.admin, RESTORE_PLOT, { id: toGlobalId('Plot', live.id) }),
      await refusedWithUserError(t.editor, UPSERT_PLOT, { ...VALID.Plot, externalId: 'gone' }),
    ]).toEqual([
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.id' })],
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.id' })],
      [expect.objectContaining({ code: 'NOT_DELETED', field: 'input.id' })],
      [expect.objectContaining({ code: 'DELETED', field: 'input.externalId' })],
    ]);
  });

  it('refuses to delete a source that is still cited (IN_USE)', async () => {
    const source = await t.make.source();
    await t.make.citation({ sourceId: source.id, plotId: (await t.make.plot()).id });
    expect(
      await refusedWithUserError(t.admin, DELETE_SOURCE, { id: toGlobalId('Source', source.id) }),
    ).toEqual([
      {
        code: 'IN_USE',
        field: 'input.id',
        message: 'The source is cited 1 time(s); remove those citations first.',
      },
    ]);
  });
});

describe('one transaction per mutation', () => {
  it('rolls the record back when its change-log entry cannot be written', async () => {
    // A failure after the record row was written: the change-log insert is made to fail.
    await t.api.dataSource.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'change log refused'; END $$;
      CREATE TRIGGER refuse_change BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION refuse_change();`);
    try {
      const plot = await t.make.plot({ period: toFuzzyDateColumns({ from: '2020' }) });
      const before = await databaseState(t.api.dataSource);
      const created = await t.editor.query(create('Plot'), { input: VALID.Plot });
      const updated = await t.editor.query(update('Plot'), {
        input: { id: toGlobalId('Plot', plot.id), expectedVersion: 1, name: 'Changed' },
      });
      expect([created.errors, updated.errors]).toEqual([
        [
          expect.objectContaining({
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
          }),
        ],
        [
          expect.objectContaining({
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
          }),
        ],
      ]);
      expect(await databaseState(t.api.dataSource)).toEqual(before);
      const [{ name }] = await t.api.dataSource.query('SELECT name FROM plots WHERE id = $1', [
        plot.id,
      ]);
      expect(name).toBe(plot.name);
    } finally {
      await t.api.dataSource.query(`
        DROP TRIGGER refuse_change ON change_log; DROP FUNCTION refuse_change();`);
    }
  });
});

function create(kind: string): string {
  return `mutation ($input: Create${kind}Input!) { create${kind}(input: $input) { node: ${nodeField(kind)} { id } userErrors { field message code } } }`;
}

function update(kind: string): string {
  return `mutation ($input: Update${kind}Input!) { update${kind}(input: $input) { node: ${nodeField(kind)} { id } userErrors { field message code } } }`;
}

function nodeField(kind: string): string {
  return kind[0].toLowerCase() + kind.slice(1);
}

const UPDATE_PLOT = update('Plot');

const DELETE_PLOT = `mutation ($input: DeletePlotInput!) { deletePlot(input: $input) { plot { id } userErrors { field message code } } }`;

const RESTORE_PLOT = `mutation ($input: RestorePlotInput!) { restorePlot(input: $input) { plot { id } userErrors { field message code } } }`;

const UPSERT_PLOT = `mutation ($input: UpsertPlotInput!) { upsertPlot(input: $input) { plot { id } userErrors { field message code } } }`;

const DELETE_SOURCE = `mutation ($input: DeleteSourceInput!) { deleteSource(input: $input) { source { id } userErrors { field message code } } }`;
