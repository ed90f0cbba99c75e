import path from 'node:path';

import { Client } from 'pg';
import pino from 'pino';

import { testDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';

const STATE_VARIABLE = 'INCIDENTGRAPH_TEST_STATE';
const EMBEDDED_TEST_PORT = 54339;

interface TestDatabaseState {
  serverUrl: string;
  url: string;
  database: string;
}

// globalSetup and globalTeardown are loaded separately; keep the server handle where both see it.
const holder = globalThis as typeof globalThis & { incidentgraphEmbedded?: EmbeddedDatabase };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates a throwaway database on TEST_DATABASE_URL / DATABASE_URL's server, or on an embedded
 * PostgreSQL when neither is set, and applies the migrations to it (never synchronize).
 */
export async function setUpTestDatabase(): Promise<void> {
  let serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(__dirname, '..', '..', '.data', 'test'),
      port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? EMBEDDED_TEST_PORT),
      database: 'postgres',
      log: pino({ level: 'warn' }),
    });
    holder.incidentgraphEmbedded = embedded;
    serverUrl = embedded.url;
  }
  const database = `incidentgraph_test_${process.pid}`;
  // The guard against pointing the suite at a real database: only *_test_* names are created or dropped.
  if (!database.includes('test')) {
    throw new Error(`refusing to use database ${database}`);
  }
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const url = withDatabase(serverUrl, database);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const state: TestDatabaseState = { serverUrl, url, database };
  process.env[STATE_VARIABLE] = JSON.stringify(state);
}

export async function tearDownTestDatabase(): Promise<void> {
  const state = readState();
  const admin = new Client({ connectionString: withDatabase(state.serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  await admin.end();
  await holder.incidentgraphEmbedded?.stop();
}

function readState(): TestDatabaseState {
  const raw = process.env[STATE_VARIABLE];
  if (!raw) {
    throw new Error('the test database was not set up (jest globalSetup did not run)');
  }
  return JSON.parse(raw) as TestDatabaseState;
}

/** Connection string of the throwaway test database. */
export function testDatabaseConnectionUrl(): string {
  return readState().url;
}
