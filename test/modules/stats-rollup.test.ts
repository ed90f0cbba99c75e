import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parseImportArguments, runImport } from '../../src/modules/import/import-command';
import { INCIDENT_STATS_SPEC } from '../../src/modules/stats';
import { seedDatabase } from '../../src/seed/seed';
import { runStats } from '../../src/shared/stats/stats-query';
import { planRollup } from '../../src/shared/stats/stats-rollup';
import { setUpWriteTests, silentLog, type KeyedClient } from '../helpers/api';

// incidentStats answers from incident_stats_rollup whenever its grouping sets cover the query;
// these tests hold it to the live query (the definition) after every kind of write.
const context = setUpWriteTests();

const ROLLUP = INCIDENT_STATS_SPEC.rollup!;
const ROLLUP_KEYS = Object.keys(ROLLUP.columns);

/** Every groupBy of 1 to 3 rollup keys that some grouping set serves. */
function servedGroupBys(): string[][] {
  const combinations: string[][] = [];
  const extend = (chosen: string[], from: number) => {
    if (chosen.length > 0) {
      combinations.push(chosen);
    }
    if (chosen.length < 3) {
      ROLLUP_KEYS.slice(from).forEach((key, index) => extend([...chosen, key], from + index + 1));
    }
  };
  extend([], 0);
  return combinations.filter((groupBy) => planRollup(ROLLUP, null, groupBy));
}

const FILTERS: { filter: object; groupBy: string[] }[] = [
  { filter: { type: { in: ['SHOOTING', 'BOMBING'] } }, groupBy: ['YEAR', 'MONTH'] },
  { filter: { place: { countryCode: { eq: 'FR' } } }, groupBy: ['YEAR'] },
  { filter: { not: { place: { countryCode: { in: ['FR', 'NL'] } } } }, groupBy: ['COUNTRY'] },
  {
    filter: { or: [{ outcome: { eq: 'FOILED' } }, { confidence: { notEq: 'REPORTED' } }] },
    groupBy: ['YEAR', 'TYPE'],
  },
  { filter: { place: { not: { countryCode: { eq: 'DE' } } } }, groupBy: ['TYPE', 'OUTCOME'] },
];

/** The rollup answers exactly as the live query for every served group-by and a few filters. */
async function expectRollupMatchesLive(): Promise<void> {
  const { manager } = context.api.dataSource;
  const queries = [...servedGroupBys().map((groupBy) => ({ filter: null, groupBy })), ...FILTERS];
  for (const { filter, groupBy } of queries) {
    expect(planRollup(ROLLUP, filter, groupBy)).not.toBeNull();
    const fromRollup = await runStats(manager, INCIDENT_STATS_SPEC, filter as never, groupBy);
    const live = await runStats(manager, INCIDENT_STATS_SPEC, filter as never, groupBy, {
      live: true,
    });
    expect({ filter, groupBy, rows: fromRollup }).toEqual({ filter, groupBy, rows: live });
  }
  // The maintained table adds up to what a rebuild from scratch computes (which folds the
  // stripes into one row per bucket), and keeps no row that is all zeros.
  const rollupRows = () =>
    manager.query(
      `SELECT "grouping", year, month, "countryCode", type, outcome, confidence, sum(count)::int AS count,
         sum(killed)::int AS killed, sum("killedReported")::int AS "killedReported",
         sum(injured)::int AS injured, sum("injuredReported")::int AS "injuredReported"
       FROM incident_stats_rollup GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(count) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    );
  const [{ zeros }] = await manager.query(
    `SELECT count(*)::int AS zeros FROM incident_stats_rollup WHERE count = 0 AND killed = 0 AND "killedReported" = 0 AND injured = 0 AND "injuredReported" = 0`,
  );
  expect(zeros).toBe(0);
  const maintained = await rollupRows();
  await manager.query(`SELECT rebuild_incident_stats_rollup()`);
  expect(await rollupRows()).toEqual(maintained);
}

async function write(client: KeyedClient, document: string, input: object) {
  const result = await client.query(document, { input });
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data ?? {})[0];
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function createPlace(countryCode: string): Promise<{ id: string; version: number }> {
  const { place } = await write(context.editor, CREATE_PLACE, { name: 'Town', countryCode });
  return place;
}

async function createIncident(input: object): Promise<{ id: string; version: number }> {
  const { incident } = await write(context.editor, CREATE_INCIDENT, {
    title: 'Incident',
    type: 'SHOOTING',
    outcome: 'COMPLETED',
    confidence: 'REPORTED',
    ...input,
  });
  return incident;
}

describe('incidentStats rollup', () => {
  it('serves the group-bys and filters of its grouping sets, and leaves the rest to the live query', () => {
    expect(servedGroupBys()).toEqual(
      expect.arrayContaining([['YEAR', 'COUNTRY'], ['YEAR', 'MONTH', 'TYPE'], ['COUNTRY']]),
    );
    expect(planRollup(ROLLUP, null, ['YEAR', 'MONTH', 'COUNTRY'])).toBeNull();
    expect(planRollup(ROLLUP, null, ['SPONSOR'])).toBeNull();
    expect(planRollup(ROLLUP, { date: { overlaps: { from: '2020' } } }, ['YEAR'])).toBeNull();
    expect(planRollup(ROLLUP, { place: { name: { eq: 'Paris' } } }, ['YEAR'])).toBeNull();
    expect(planRollup(ROLLUP, { type: { eq: 'ARSON' } }, ['YEAR', 'COUNTRY'])).toBeNull();
  });

  it('answers as the live query on the seeded dataset', async () => {
    await seedDatabase(context.api.dataSource);
    await expectRollupMatchesLive();
  });

  it('follows creates, updates, soft deletes and restores made through the API', async () => {
    const paris = await createPlace('FR');
    const berlin = await createPlace('DE');
    const dates = [
      { from: '2018' },
      { from: '2018-05' },
      { from: '2018-05-04' },
      { from: '2018-12', to: '2019-01' },
      { from: '2015', ongoing: true },
      null,
    ];
    const incidents = [];
    for (const [index, date] of dates.entries()) {
      incidents.push(
        await createIncident({
          date,
          placeId: [paris.id, berlin.id, null][index % 3],
          killed: [2, 0, null][index % 3],
          injured: [null, 5][index % 2],
          type: ['SHOOTING', 'ARSON'][index % 2],
        }),
      );
    }
    await expectRollupMatchesLive();

    const [first, second, third] = incidents;
    await write(context.editor, UPDATE_INCIDENT, {
      id: first.id,
      expectedVersion: first.version,
      date: { from: '2020-02-02' },
      placeId: berlin.id,
      killed: null,
      outcome: 'FOILED',
    });
    await write(context.editor, UPDATE_INCIDENT, {
      id: second.id,
      expectedVersion: second.version,
      title: 'Only the title changes',
    });
    await expectRollupMatchesLive();

    await write(context.admin, DELETE_INCIDENT, { id: third.id });
    await write(context.admin, DELETE_INCIDENT, { id: second.id });
    await expectRollupMatchesLive();

    await write(context.admin, RESTORE_INCIDENT, { id: second.id });
    await expectRollupMatchesLive();
  });

  it("moves a place's incidents when its country changes and when the place is deleted or restored", async () => {
    const place = await createPlace('FR');
    const other = await createPlace('NL');
    for (const from of ['2019', '2019-03', '2020']) {
      await createIncident({ date: { from }, placeId: place.id, killed: 1 });
    }
    await createIncident({ date: { from: '2019' }, placeId: other.id });
    await write(context.editor, UPDATE_PLACE, {
      id: place.id,
      expectedVersion: place.version,
      countryCode: 'BE',
    });
    await expectRollupMatchesLive();

    await write(context.admin, DELETE_PLACE, { id: place.id });
    await expectRollupMatchesLive();
    await write(context.admin, RESTORE_PLACE, { id: place.id });
    await expectRollupMatchesLive();

    // A hard delete sets the incidents' placeId to null through the foreign key.
    await context.api.dataSource.query(`DELETE FROM places WHERE "countryCode" = 'NL'`);
    await expectRollupMatchesLive();
  });

  it('counts incidents written by bulk import', async () => {
    await context.api.dataSource.query(
      `INSERT INTO places (id, name, "countryCode", "externalId") VALUES (gen_random_uuid(), 'Paris', 'FR', 'place-paris')`,
    );
    const csv = [
      'externalId,title,type,outcome,dateFrom,dateTo,placeExternalId,killed,confidence',
      'inc-1,One,ARSON,ATTEMPTED,2024-05,,place-paris,0,REPORTED',
      'inc-2,Two,SHOOTING,COMPLETED,2023-11-09,,,3,CONFIRMED',
      'inc-3,Three,SHOOTING,COMPLETED,2023,2024,place-paris,,REPORTED',
    ].join('\n');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'incidentgraph-rollup-')), 'in.csv');
    await writeFile(file, csv);
    const code = await runImport(
      context.api.dataSource.manager,
      context.api.app.schema,
      parseImportArguments([file, '--kind', 'incident']),
      silentLog,
      () => undefined,
    );
    expect(code).toBe(0);
    await expectRollupMatchesLive();
  });
});

const CREATE_PLACE = `mutation ($input: CreatePlaceInput!) {
  createPlace(input: $input) { place { id version } userErrors { code field message } }
}`;

const UPDATE_PLACE = `mutation ($input: UpdatePlaceInput!) {
  updatePlace(input: $input) { place { id version } userErrors { code field message } }
}`;

const DELETE_PLACE = `mutation ($input: DeletePlaceInput!) {
  deletePlace(input: $input) { userErrors { code field message } }
}`;

const RESTORE_PLACE = `mutation ($input: RestorePlaceInput!) {
  restorePlace(input: $input) { userErrors { code field message } }
}`;

const CREATE_INCIDENT = `mutation ($input: CreateIncidentInput!) {
  createIncident(input: $input) { incident { id version } userErrors { code field message } }
}`;

const UPDATE_INCIDENT = `mutation ($input: UpdateIncidentInput!) {
  updateIncident(input: $input) { incident { id version } userErrors { code field message } }
}`;

const DELETE_INCIDENT = `mutation ($input: DeleteIncidentInput!) {
  deleteIncident(input: $input) { userErrors { code field message } }
}`;

const RESTORE_INCIDENT = `mutation ($input: RestoreIncidentInput!) {
  restoreIncident(input: $input) { userErrors { code field message } }
}`;
