import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';

import { createApp, type App } from '../src/app';
import { createDataSource } from '../src/db/data-source';
import { Role } from '../src/graphql/principal';
import { ApiKeyService } from '../src/modules/auth';
import { testAppOptions } from './helpers/api';
import { testDatabaseConnectionUrl } from './setup/test-database';

// No replica runs here, so the "replica" is a second connection string to the same database
// with its own application_name: pg_stat_activity then shows which pool ran which statement.
const REPLICA_NAME = `incidentgraph-replica-${process.pid}`;

function replicaUrl(): string {
  const url = new URL(testDatabaseConnectionUrl());
  url.searchParams.set('application_name', REPLICA_NAME);
  return url.toString();
}

let dataSource: DataSource;
let app: App;

beforeAll(async () => {
  dataSource = createDataSource(testDatabaseConnectionUrl(), undefined, {
    readUrls: [replicaUrl()],
  });
  await dataSource.initialize();
  app = await createApp(dataSource, pino({ level: 'silent' }), testAppOptions());
});

afterAll(async () => {
  await app.stop();
  await dataSource.destroy();
});

async function execute(query: string, variables: Record<string, unknown>, secret?: string) {
  const principal = await app.authenticate(secret ? `Bearer ${secret}` : undefined);
  const response = await app.apollo.executeOperation(
    { query, variables },
    { contextValue: app.createContext(principal) },
  );
  if (response.body.kind !== 'single') {
    throw new Error('unexpected incremental response');
  }
  return response.body.singleResult;
}

/** The last statement of each connection of this database, by application_name (seen from outside the pools). */
async function lastStatements(): Promise<{ name: string; query: string }[]> {
  const observer = new Client({ connectionString: testDatabaseConnectionUrl() });
  await observer.connect();
  try {
    return (
      await observer.query(
        `SELECT application_name AS name, query FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name IN ($1, 'incidentgraph')`,
        [REPLICA_NAME],
      )
    ).rows;
  } finally {
    await observer.end();
  }
}

describe('read replicas (DATABASE_READ_URLS)', () => {
  it('send list, nested and raw reads to a replica, and writes to the primary', async () => {
    const { secret } = await dataSource.transaction((tx) =>
      new ApiKeyService().create(tx, 'replica test', Role.EDITOR),
    );
    const created = await execute(CREATE, { input: { title: 'Routed', ...INCIDENT } }, secret);
    expect(created.errors).toBeUndefined();
    const primaryAfterWrite = (await lastStatements()).filter(
      (row) => row.name === 'incidentgraph',
    );
    expect(primaryAfterWrite.map((row) => row.query)).toContain('COMMIT');

    // A connection shows only its last statement, so each kind of read is checked on its own.
    const replicaRan = async (query: string) => {
      const result = await execute(query, {});
      expect(result.errors).toBeUndefined();
      return (await lastStatements())
        .filter((row) => row.name === REPLICA_NAME)
        .map((row) => row.query)
        .join('\n');
    };
    expect(await replicaRan(LIST)).toMatch(/FROM "incidents"/);
    expect(await replicaRan(NESTED)).toMatch(/FROM "citations"/);
    // Grouped by TYPE without a filter: answered from the stats rollup.
    expect(await replicaRan(STATS)).toMatch(/FROM "incident_stats_rollup"/);
    expect(await replicaRan(SEARCH)).toMatch(/"searchVector" @@/);
    const replicaStatements = (await lastStatements()).filter((row) => row.name === REPLICA_NAME);
    expect(replicaStatements.every((row) => /^\s*SELECT\b/i.test(row.query))).toBe(true);
  });
});

const INCIDENT = { type: 'SHOOTING', outcome: 'COMPLETED', confidence: 'REPORTED' };

const CREATE = `mutation ($input: CreateIncidentInput!) {
  createIncident(input: $input) { incident { id } userErrors { code } }
}`;

const LIST = `{ incidents(first: 5) { nodes { title } } }`;
const NESTED = `{ incidents(first: 5) { nodes { citations { nodes { stance } } } } }`;
const STATS = `{ incidentStats(groupBy: [TYPE]) { type count } }`;
const SEARCH = `{ search(query: "Routed", first: 0) { totalCount } }`;
