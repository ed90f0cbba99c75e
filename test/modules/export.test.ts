import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { parse } from 'csv-parse/sync';

import { listen } from '../../src/app';
import { countStatements } from '../../src/db/query-counter';
import { Role } from '../../src/graphql/principal';
import {
  csvColumns,
  EXPORT_STATEMENT_TIMEOUT,
  openExport,
  recordTable,
  recordTables,
} from '../../src/modules/export';
import { jsNumberSql } from '../../src/modules/export/sql-values';
import { seedDatabase } from '../../src/seed/seed';
import { Stance } from '../../src/shared/citation/stance.enum';
import { createTestApi, testAppOptions, truncateAll, type TestApi } from '../helpers/api';
import { ActorRoleKind, factories } from '../helpers/factories';
import { globalIdOf } from '../helpers/records';

let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  api = await createTestApi();
  await truncateAll(api.dataSource);
  await seedDatabase(api.dataSource);
  server = await listen(api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

const download = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers });

const withFilter = (path: string, filter: unknown) =>
  `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

async function csvRows(path: string): Promise<Record<string, string>[]> {
  const response = await download(path);
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true, bom: true });
}

async function drain(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function totalCount(slug: string, filter?: unknown): Promise<number> {
  const list = slug.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
  const { data, errors } = await api.query(
    `query ($filter: ${recordTable(slug)!.filterType}) { ${list}(filter: $filter) { totalCount } }`,
    filter === undefined ? {} : { filter },
  );
  expect(errors).toBeUndefined();
  return (data as Record<string, { totalCount: number }>)[list].totalCount;
}

describe('exports', () => {
  it('streams incidents as CSV with a header row, a download filename and flat columns', async () => {
    const response = await download('/export/incidents.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(csvColumns(recordTable('incidents')!));
    const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
    expect(rows).toHaveLength(await totalCount('incidents'));

    const arson = rows.find(
      (row) => row.externalId === 'incident-marco-polo-arson-south-of-france',
    );
    expect(arson).toMatchObject({
      id: await globalIdOf(api.dataSource, 'Incident', 'incident-marco-polo-arson-south-of-france'),
      rowId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'ARSON',
      plotExternalId: 'plot-marco-polo',
      plotName: expect.stringContaining('Marco Polo'),
      sponsors: '',
      perpetrators: 'Abdelkrim S.',
      otherActors: expect.stringContaining('Abdelkrim S. (DENIER)'),
      dateFrom: '2023-12',
      dateTo: '2024-01',
      dateLabel: 'Dec 2023 – Jan 2024',
      dateLatest: '2024-01-31',
      citationCount: expect.stringMatching(/^[1-9]\d*$/),
      sourcePublishers: expect.any(String),
      version: expect.stringMatching(/^\d+$/),
    });
    const dated = rows.find((row) => row.externalId === 'incident-villepinte-bomb-plot-2018')!;
    expect(dated).toMatchObject({
      dateFrom: '2018',
      datePrecision: 'YEAR',
      dateStart: '2018-01-01',
      dateLatest: '2018-12-31',
      dateLabel: '2018',
      placeCountryCode: 'FR',
    });
  });

  it('exports every kind as CSV and NDJSON with as many rows as the GraphQL list has', async () => {
    for (const table of recordTables()) {
      const count = await totalCount(table.slug);
      const rows = await csvRows(`/export/${table.slug}.csv`);
      const ndjson = await download(`/export/${table.slug}.ndjson`);
      expect(ndjson.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      const lines = (await ndjson.text()).split('\n');
      expect(lines.pop()).toBe('');
      expect([table.slug, rows.length, lines.length]).toEqual([table.slug, count, count]);
    }
  });

  it('writes NDJSON lines with references, actor roles and citations keyed by externalId', async () => {
    const response = await download(
      withFilter('/export/weapons-transfers.ndjson', { weaponSystem: { contains: 'Fath-360' } }),
    );
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        weaponSystem: expect.stringContaining('Fath-360'),
        reported: expect.objectContaining({ label: expect.any(String) }),
        actors: expect.arrayContaining([
          expect.objectContaining({
            role: 'SUPPLIER',
            actor: { id: expect.any(String), externalId: 'actor-iran', name: 'Iran' },
          }),
        ]),
        citations: expect.arrayContaining([
          expect.objectContaining({
            stance: 'DENIES',
            source: expect.objectContaining({ publisher: expect.stringContaining('CNN') }),
          }),
        ]),
      }),
    ]);
  });

  it('applies the same filter as the GraphQL list', async () => {
    const filter = { type: { eq: 'ASSASSINATION' }, date: { overlaps: { from: '2015' } } };
    const rows = await csvRows(withFilter('/export/incidents.csv', filter));
    expect(rows.length).toBe(await totalCount('incidents', filter));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['ASSASSINATION']));

    const sentences = await csvRows(
      withFilter('/export/sentences.csv', { jurisdiction: { eq: 'BE' }, termMonths: { gt: 120 } }),
    );
    expect(sentences.map((row) => [row.termMonths, row.releasedEarly]).sort()).toEqual([
      ['180', 'false'],
      ['240', 'true'],
    ]);
  });

  it('answers a bad filter with 400 BAD_USER_INPUT naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ type: { eq: 'PICNIC' } }, 'filter.type.eq'],
      [{ titel: { eq: 'x' } }, 'filter'],
      [{ date: { overlaps: { from: '2024-13' } } }, 'filter.date.overlaps.from'],
    ];
    for (const [filter, field] of cases) {
      const response = await download(withFilter('/export/incidents.csv', filter));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', field } }],
      });
    }
    const notJson = await download('/export/incidents.csv?filter=%7Bnope');
    expect([notJson.status, ((await notJson.json()) as any).errors[0].extensions]).toEqual([
      400,
      { code: 'BAD_USER_INPUT', field: 'filter' },
    ]);
  });

  it('uses the API auth: anonymous and keys may export, a bad key is 401', async () => {
    const viewer = await api.as(Role.VIEWER);
    const keyed = await download('/export/places.csv', {
      authorization: `Bearer ${viewer.secret}`,
    });
    const bad = await download('/export/places.csv', { authorization: 'Bearer ig_not_a_key' });
    expect(keyed.status).toBe(200);
    expect([bad.status, ((await bad.json()) as any).errors[0].extensions.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });

  it('lifts the statement timeout for the export statement only, and restores it', async () => {
    const table = recordTable('incidents')!;
    const settings: string[] = [];
    const original = api.dataSource.driver.createQueryRunner.bind(api.dataSource.driver);
    const spy = jest
      .spyOn(api.dataSource.driver, 'createQueryRunner')
      .mockImplementation((mode) => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = (async (sql: string, parameters?: unknown[]) => {
          if (/statement_timeout/.test(sql)) {
            settings.push(sql);
          }
          return query(sql, parameters);
        }) as typeof runner.query;
        return runner;
      });
    try {
      const opened = await openExport(api.dataSource, table, {}, 'csv');
      await drain(opened.data);
      await opened.close(true);
    } finally {
      spy.mockRestore();
    }
    expect(settings).toEqual([
      expect.stringContaining(`SET statement_timeout = '${EXPORT_STATEMENT_TIMEOUT}'`),
      expect.stringContaining('RESET statement_timeout'),
    ]);
    const [{ statement_timeout }] = await api.dataSource.query('SHOW statement_timeout');
    expect(statement_timeout).not.toBe(EXPORT_STATEMENT_TIMEOUT);
  });

  it('answers an unknown kind or format with 404', async () => {
    expect((await download('/export/people.csv')).status).toBe(404);
    expect((await download('/export/incidents.xlsx')).status).toBe(404);
  });

  it('writes the whole file, related names included, in one statement', async () => {
    const { result, statements } = await countStatements(async () => {
      const opened = await openExport(api.dataSource, recordTable('incidents')!, {}, 'csv');
      const text = await drain(opened.data);
      await opened.close(true);
      return text;
    });
    expect(parse(result, { columns: true })).toHaveLength(await totalCount('incidents'));
    // SET of the session settings, COPY, RESET.
    expect(statements).toBe(3);
  });
});

describe('export values', () => {
  it('writes related names, counts, escaping, empty cells and numbers as the GraphQL mappers did', async () => {
    const make = factories(api.dataSource);
    const place = await make.place({ name: 'Tiny', latitude: 0.00001, longitude: -123.456 });
    const incident = await make.incident({
      externalId: 'export-escaping',
      title: 'Comma, "quote" and\nnewline',
      description: '',
      killed: 0,
      placeId: place.id,
    });
    const first = await make.actor({ name: 'Same Name' });
    const second = await make.actor({ name: 'Same Name' });
    const denier = await make.actor({ name: 'Denier; with separator' });
    await make.role({ actorId: first.id, role: ActorRoleKind.SPONSOR, incidentId: incident.id });
    await make.role({ actorId: second.id, role: ActorRoleKind.SPONSOR, incidentId: incident.id });
    await make.role({ actorId: denier.id, role: ActorRoleKind.DENIER, incidentId: incident.id });
    const afp = await make.source({ publisher: 'AFP', url: 'https://afp.example/1' });
    const afpAgain = await make.source({ publisher: 'AFP', url: null });
    const reuters = await make.source({ publisher: 'Reuters', url: 'https://reuters.example/2' });
    await make.citation({ sourceId: afp.id, incidentId: incident.id });
    await make.citation({ sourceId: reuters.id, incidentId: incident.id, stance: Stance.DISPUTES });
    await make.citation({ sourceId: afpAgain.id, incidentId: incident.id, stance: Stance.DENIES });
    try {
      const filtered = withFilter('/export/incidents.csv', { title: { startsWith: 'Comma,' } });
      const text = await (await download(filtered)).text();
      expect(text).toContain('"Comma, ""quote"" and\nnewline"');
      const [row] = parse(text, { columns: true, bom: true }) as Record<string, string>[];
      expect(row).toMatchObject({
        externalId: 'export-escaping',
        title: 'Comma, "quote" and\nnewline',
        description: '',
        killed: '0',
        injured: '',
        placeName: 'Tiny',
        placeCountryCode: 'FR',
        sponsors: 'Same Name',
        otherActors: 'Denier; with separator (DENIER)',
        actorCount: '3',
        citationCount: '3',
        sourcePublishers: 'AFP; Reuters',
        sourceUrls: 'https://afp.example/1; https://reuters.example/2',
        denyingPublishers: 'Reuters; AFP',
        dateFrom: '2020',
        dateOngoing: 'false',
        createdAt: incident.createdAt.toISOString(),
      });
      // A null and an empty string are both an empty, unquoted cell, as csv-stringify wrote them.
      expect(text).not.toContain('"",');

      const places = await (
        await download(withFilter('/export/places.csv', { name: { eq: 'Tiny' } }))
      ).text();
      expect(parse(places, { columns: true, bom: true })).toEqual([
        expect.objectContaining({ latitude: '0.00001', longitude: '-123.456' }),
      ]);

      const json = await (
        await download(withFilter('/export/incidents.ndjson', { title: { startsWith: 'Comma,' } }))
      ).text();
      const line = json.trimEnd();
      // The same text JSON.stringify writes: key order, no spaces, escapes.
      expect(line).toBe(JSON.stringify(JSON.parse(line)));
      expect(JSON.parse(line)).toMatchObject({
        title: 'Comma, "quote" and\nnewline',
        description: '',
        killed: 0,
        place: { name: 'Tiny', countryCode: 'FR' },
        actors: [
          { role: 'SPONSOR', note: null, actor: { name: 'Same Name' } },
          { role: 'SPONSOR', note: null, actor: { name: 'Same Name' } },
          { role: 'DENIER', note: null, actor: { name: 'Denier; with separator' } },
        ],
        citations: [
          { stance: 'REPORTS', source: { publisher: 'AFP', url: 'https://afp.example/1' } },
          { stance: 'DISPUTES', source: { publisher: 'Reuters' } },
          { stance: 'DENIES', source: { publisher: 'AFP', url: null } },
        ],
      });
    } finally {
      await api.dataSource.query(`DELETE FROM actor_roles WHERE "incidentId" = $1`, [incident.id]);
      await api.dataSource.query(`DELETE FROM citations WHERE "incidentId" = $1`, [incident.id]);
      await api.dataSource.query(`DELETE FROM incidents WHERE id = $1`, [incident.id]);
      await api.dataSource.query(`DELETE FROM places WHERE id = $1`, [place.id]);
      await api.dataSource.query(`DELETE FROM actors WHERE id = ANY($1)`, [
        [first.id, second.id, denier.id],
      ]);
      await api.dataSource.query(`DELETE FROM sources WHERE id = ANY($1)`, [
        [afp.id, afpAgain.id, reuters.id],
      ]);
    }
  });

  it('formats floats as JavaScript does', async () => {
    const values = [
      0,
      -0,
      1,
      -1,
      0.1,
      1.5,
      48.8566,
      -123.456,
      1234.5,
      0.0001,
      0.00001,
      0.000001,
      1.5e-7,
      -2.5e-10,
      123456789012345,
      1e15,
      1.2345e17,
      1000000000000000.1,
      1e21,
      1.5e22,
      5e-324,
      1.7976931348623157e308,
      2 ** 53,
      1 / 3,
    ];
    const [row] = await api.dataSource.query(
      `SELECT ${values.map((_value, index) => `${jsNumberSql(`$${index + 1}::float8`)} AS "${index}"`).join(', ')}`,
      values.map(String),
    );
    expect(values.map((_value, index) => row[index])).toEqual(values.map(String));
  });
});

describe('export interrupted by the client', () => {
  // Enough rows that the file outruns the socket buffers and the COPY is still running.
  beforeAll(async () => {
    await api.dataSource.query(
      `INSERT INTO incidents (id, title, type, outcome, confidence, description)
       SELECT gen_random_uuid(), 'Bulk incident ' || n, 'SHOOTING', 'COMPLETED', 'REPORTED', repeat('Long description. ', 200)
       FROM generate_series(1, 20000) AS n`,
    );
  });

  afterAll(async () => {
    await api.dataSource.query(`DELETE FROM incidents WHERE title LIKE 'Bulk incident %'`);
  });

  const copies = async (): Promise<number> => {
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND query LIKE 'COPY (%'`,
    );
    return count;
  };

  it('ends the COPY and frees its connection when the client goes away', async () => {
    const aborted = new AbortController();
    const response = await fetch(`${base}/export/incidents.csv`, { signal: aborted.signal });
    const reader = response.body!.getReader();
    try {
      await reader.read();
      expect(await copies()).toBe(1);
    } finally {
      aborted.abort();
      await reader.cancel().catch(() => undefined);
    }
    for (let attempt = 0; attempt < 50 && (await copies()) > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await copies()).toBe(0);
    // The pool still serves exports.
    expect((await download('/export/places.csv')).status).toBe(200);
  });
});

describe('export cost', () => {
  it('charges 1 up front and 1 per 100 rows when done, and refuses with 429 once the budget is spent', async () => {
    const limited = await createTestApi(
      testAppOptions({ hourlyCost: { anonymous: 4, key: 1_000_000_000 } }),
    );
    const limitedServer = await listen(limited.app.express, 0);
    const url = `http://127.0.0.1:${(limitedServer.address() as AddressInfo).port}/export/places.csv`;
    try {
      // places: under 100 rows, so each export costs 1 + 1.
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await fetch(url);
        await response.text();
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await fetch(url);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await new Promise((resolve) => limitedServer.close(resolve));
      await limited.close();
    }
  });
});
