import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { listen } from '../../src/app';
import { Role } from '../../src/graphql/principal';
import { IMPORT_ORDER, recordTable } from '../../src/modules/export';
import { parseImportArguments, runImport } from '../../src/modules/import/import-command';
import { seedDatabase } from '../../src/seed/seed';
import { createTestApi, silentLog, truncateAll, type TestApi } from '../helpers/api';
import { databaseState } from '../helpers/counts';

let api: TestApi;
let server: Server;
let base: string;
let folder: string;

beforeAll(async () => {
  api = await createTestApi();
  server = await listen(api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  folder = await mkdtemp(path.join(tmpdir(), 'incidentgraph-import-'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

beforeEach(async () => {
  await truncateAll(api.dataSource);
});

const exported = async (slug: string, format: 'csv' | 'ndjson') => {
  const response = await fetch(`${base}/export/${slug}.${format}`);
  expect(response.status).toBe(200);
  return response.text();
};

/** Runs the import command on `text` saved as a file; returns its exit code and printed lines. */
async function importFile(kind: string, name: string, text: string, ...options: string[]) {
  const file = path.join(folder, name);
  await writeFile(file, text);
  const printed: string[] = [];
  const code = await runImport(
    api.dataSource.manager,
    api.app.schema,
    parseImportArguments([file, '--kind', kind, ...options]),
    silentLog,
    (line) => printed.push(line),
  );
  return { code, printed, reportFile: `${file}.rejected.csv` };
}

// What an export says about the records themselves, without database ids and timestamps.
const OUTPUT_ONLY = new Set(['id', 'rowId', 'createdAt', 'updatedAt', 'version']);
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !OUTPUT_ONLY.has(key))
        .map(([key, item]) => [key, comparable(item)]),
    );
  }
  return value;
}

const ndjsonRecords = (text: string) =>
  comparable(
    text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
  );

const INCIDENT_HEADER =
  'externalId,title,type,outcome,dateFrom,dateTo,placeExternalId,killed,confidence';

describe('bulk import', () => {
  it('reproduces every record, with its references, roles and citations, from an NDJSON export in an empty database', async () => {
    await seedDatabase(api.dataSource);
    const before: Record<string, string> = {};
    for (const slug of IMPORT_ORDER) {
      before[slug] = await exported(slug, 'ndjson');
    }
    await truncateAll(api.dataSource);
    for (const slug of IMPORT_ORDER) {
      const result = await importFile(slug, `${slug}.ndjson`, before[slug]);
      expect([slug, result.code]).toEqual([slug, 0]);
    }
    for (const slug of IMPORT_ORDER) {
      const after = await exported(slug, 'ndjson');
      expect([slug, ndjsonRecords(after)]).toEqual([slug, ndjsonRecords(before[slug])]);
    }
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM change_log WHERE "changedBy" <> 'import'`,
    );
    expect(count).toBe(0);
  });

  it('reproduces the record fields and references from a CSV export', async () => {
    await seedDatabase(api.dataSource);
    const before: Record<string, string> = {};
    for (const slug of IMPORT_ORDER) {
      before[slug] = await exported(slug, 'csv');
    }
    await truncateAll(api.dataSource);
    for (const slug of IMPORT_ORDER) {
      expect([slug, (await importFile(slug, `${slug}.csv`, before[slug])).code]).toEqual([slug, 0]);
    }
    const importable = (slug: string, text: string) => {
      const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
      const table = recordTable(slug)!;
      const columns = ['externalId'];
      for (const field of table.fields) {
        if (field.kind === 'ref') {
          columns.push(`${field.name}ExternalId`, `${field.name}Name`);
        } else if (field.kind === 'date') {
          columns.push(`${field.name}Label`, `${field.name}Note`, `${field.name}Latest`);
        } else {
          columns.push(field.name);
        }
      }
      return rows
        .map((row) => columns.map((column) => row[column]))
        .sort((a, b) => a[0].localeCompare(b[0]));
    };
    for (const slug of IMPORT_ORDER) {
      const after = await exported(slug, 'csv');
      expect([slug, importable(slug, after)]).toEqual([slug, importable(slug, before[slug])]);
    }
  });

  it('rejects bad rows with line, field and reason, writes the good ones, and reports them in a file', async () => {
    const place = await api.dataSource.query(
      `INSERT INTO places (id, name, "countryCode", "externalId") VALUES (gen_random_uuid(), 'Paris', 'FR', 'place-paris') RETURNING id`,
    );
    expect(place).toHaveLength(1);
    const csv = [
      INCIDENT_HEADER,
      'inc-good,Good one,ARSON,ATTEMPTED,2024-05,,place-paris,0,REPORTED',
      'inc-bad-type,Bad type,PICNIC,ATTEMPTED,2024,,,,REPORTED',
      'inc-bad-date,Bad date,ARSON,ATTEMPTED,2024-05,2023-01,,,REPORTED',
      ',No key,ARSON,ATTEMPTED,2024,,,,REPORTED',
      'inc-bad-place,Unknown place,ARSON,ATTEMPTED,2024,,place-nowhere,,REPORTED',
      'inc-negative,Negative count,ARSON,ATTEMPTED,2024,,,-3,REPORTED',
      'inc-good-2,"Two, with a comma",SHOOTING,COMPLETED,2023-11-09,,,,CONFIRMED',
    ].join('\n');
    const { code, printed, reportFile } = await importFile('incident', 'mixed.csv', csv);
    expect(code).toBe(1);
    expect(printed.at(-2)).toBe(
      'done: 7 rows read: 2 created, 0 updated, 0 unchanged, 5 rejected, 0 roles/citations added',
    );
    const report: Record<string, string>[] = parse(await readFile(reportFile, 'utf8'), {
      columns: true,
    });
    expect(report).toEqual([
      {
        line: '3',
        externalId: 'inc-bad-type',
        field: 'type',
        message: expect.stringContaining('IncidentType'),
      },
      { line: '4', externalId: 'inc-bad-date', field: 'date.to', message: expect.any(String) },
      {
        line: '5',
        externalId: '',
        field: 'externalId',
        message: expect.stringContaining('required'),
      },
      {
        line: '6',
        externalId: 'inc-bad-place',
        field: 'placeExternalId',
        message: expect.stringContaining('place-nowhere'),
      },
      { line: '7', externalId: 'inc-negative', field: 'killed', message: expect.any(String) },
    ]);
    const incidents = await api.dataSource.query(
      `SELECT i."externalId", i.title, p."externalId" AS place FROM incidents i LEFT JOIN places p ON p.id = i."placeId" ORDER BY i."externalId"`,
    );
    expect(incidents).toEqual([
      { externalId: 'inc-good', title: 'Good one', place: 'place-paris' },
      { externalId: 'inc-good-2', title: 'Two, with a comma', place: null },
    ]);
    const log = await api.dataSource.query(
      `SELECT action::text, "changedBy" FROM change_log WHERE "recordKind" = 'Incident'`,
    );
    expect(log).toEqual([
      { action: 'CREATED', changedBy: 'import' },
      { action: 'CREATED', changedBy: 'import' },
    ]);
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const csv = `${INCIDENT_HEADER}\ninc-1,One,ARSON,ATTEMPTED,2024,,,,REPORTED\n`;
    expect((await importFile('incidents', 'once.csv', csv)).code).toBe(0);
    const state = await databaseState(api.dataSource);
    const again = await importFile('incidents', 'twice.csv', csv);
    expect(again.printed.at(-1)).toContain('0 created, 0 updated, 1 unchanged');
    expect(await databaseState(api.dataSource)).toEqual(state);
  });

  it('writes nothing on a dry run, and refuses a file with unknown columns as a whole', async () => {
    const empty = await databaseState(api.dataSource);
    const dry = await importFile(
      'incident',
      'dry.csv',
      `${INCIDENT_HEADER}\ninc-1,One,ARSON,ATTEMPTED,2024,,,,REPORTED\n`,
      '--dry-run',
    );
    expect([dry.code, dry.printed.at(-1)]).toEqual([
      0,
      'dry run, nothing written: 1 rows read: 1 created, 0 updated, 0 unchanged, 0 rejected, 0 roles/citations added',
    ]);
    const typo = await importFile(
      'incident',
      'typo.csv',
      'externalId,titel,type,outcome,confidence\ninc-1,One,ARSON,ATTEMPTED,REPORTED\n',
    );
    expect([typo.code, typo.printed.at(-1)]).toEqual([
      2,
      expect.stringContaining('unknown column "titel"'),
    ]);
    expect(await databaseState(api.dataSource)).toEqual(empty);
  });

  it('prints progress after every batch of a long file', async () => {
    const lines = Array.from(
      { length: 25 },
      (_, index) => `inc-${index},Incident ${index},ARSON,ATTEMPTED,2024,,,,REPORTED`,
    );
    const { code, printed } = await importFile(
      'incident',
      'long.csv',
      [INCIDENT_HEADER, ...lines].join('\n'),
      '--batch-size',
      '10',
    );
    expect(code).toBe(0);
    expect(printed.slice(0, 3)).toEqual([
      expect.stringMatching(/^incidents: 10 rows read: 10 created/),
      expect.stringMatching(/^incidents: 20 rows read: 20 created/),
      expect.stringMatching(/^incidents: 25 rows read: 25 created/),
    ]);
  });

  it('offers the same as a mutation to EDITOR keys, with the writer’s cross-record rules', async () => {
    const editor = await api.as(Role.EDITOR);
    const data = [
      {
        externalId: 's-1',
        jurisdiction: 'BE',
        termKind: 'PRISON',
        termMonths: 240,
        status: 'FINAL',
        confidence: 'CONVICTED',
      },
      {
        externalId: 's-2',
        jurisdiction: 'BE',
        termKind: 'PRISON',
        termMonths: 200,
        termMonthsMax: 100,
        status: 'FINAL',
        confidence: 'CONVICTED',
      },
      {
        externalId: 's-3',
        jurisdiction: 'BE',
        termKind: 'PRISON',
        status: 'FINAL',
        confidence: 'CONVICTED',
        nickname: 'x',
      },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const variables = { input: { kind: 'SENTENCE', format: 'NDJSON', data } };
    const anonymous = await api.query(IMPORT, variables);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { data: result, errors } = await editor.query(IMPORT, variables);
    expect(errors).toBeUndefined();
    expect(result!.importRecords).toEqual({
      kind: 'SENTENCE',
      dryRun: false,
      processed: 3,
      created: 1,
      updated: 0,
      unchanged: 0,
      rejectedCount: 2,
      rejected: [
        { line: 2, externalId: 's-2', field: 'termMonthsMax', message: expect.any(String) },
        { line: 3, externalId: 's-3', field: 'nickname', message: 'is not a field of a sentence' },
      ],
    });
    const changedBy = await api.dataSource.query(`SELECT "changedBy" FROM change_log`);
    expect(changedBy).toEqual([{ changedBy: editor.keyId }]);
  });
});

const IMPORT = `
  mutation ($input: ImportRecordsInput!) {
    importRecords(input: $input) {
      kind dryRun processed created updated unchanged rejectedCount
      rejected { line externalId field message }
    }
  }
`;
