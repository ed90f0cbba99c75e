import 'reflect-metadata';

import { Pool, type PoolClient } from 'pg';

import { loadConfig } from '../../../src/config';
import { createDataSource } from '../../../src/db/data-source';
import { copyRows } from './copy';
import { countsFor } from './shape';
import {
  actorRolesTable,
  actorsTable,
  arrestsTable,
  citationsTable,
  Dataset,
  incidentsTable,
  placesTable,
  plotsTable,
  sanctionsTable,
  sentencesTable,
  sourcesTable,
  weaponsTransfersTable,
  type TablePlan,
} from './tables';

// npm run bench:data -- --incidents 1000000 [--seed 7] [--force]
// Fills the database at DATABASE_URL (migrated first) with a synthetic dataset of the issue's
// shape. It empties every table first, so it refuses a database whose name lacks "bench"
// unless --force is given.

const TABLES = [
  'places',
  'actors',
  'sources',
  'plots',
  'incidents',
  'weapons_transfers',
  'sanctions',
  'arrests',
  'sentences',
  'citations',
  'actor_roles',
  'change_log',
];
const SEARCH_TABLES = TABLES.filter(
  (table) => !['citations', 'actor_roles', 'change_log'].includes(table),
);

const print = (text: string) => process.stdout.write(`${text}\n`);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

interface SavedIndex {
  name: string;
  definition: string;
}

/**
 * Secondary indexes are dropped during the load and rebuilt afterwards: one sort per index is
 * far cheaper than millions of random insertions (primary keys stay, foreign keys point at them).
 */
async function dropSecondaryIndexes(client: PoolClient): Promise<SavedIndex[]> {
  const { rows } = await client.query<SavedIndex>(
    `SELECT index.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class index ON index.oid = i.indexrelid
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [TABLES],
  );
  for (const index of rows) {
    await client.query(`DROP INDEX "public"."${index.name}"`);
  }
  return rows;
}

async function rebuildIndexes(pool: Pool, indexes: SavedIndex[]): Promise<void> {
  const queue = [...indexes];
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '1GB'`);
      for (let index = queue.shift(); index; index = queue.shift()) {
        await client.query(index.definition);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
}

async function load(pool: Pool, plans: TablePlan[]): Promise<void> {
  const client = await pool.connect();
  try {
    // Foreign keys and ordinary triggers are off for this session (the generator keeps every
    // reference valid); the search-vector triggers are set to fire ALWAYS meanwhile.
    await client.query(`SET session_replication_role = replica`);
    for (const plan of plans) {
      const started = Date.now();
      const rows = await copyRows(client, plan.table, plan.columns, plan.count, plan.row);
      const seconds = (Date.now() - started) / 1000;
      print(
        `  ${plan.table.padEnd(18)} ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(rows / Math.max(seconds, 0.001))} rows/s`,
      );
    }
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const incidents = Number(option('incidents', '100000'));
  const seed = Number(option('seed', '7'));
  if (!Number.isInteger(incidents) || incidents < 1000) {
    throw new Error('--incidents must be an integer of at least 1000');
  }
  const url = loadConfig().databaseUrl;
  if (!url) {
    throw new Error(
      'set DATABASE_URL to the database to fill, e.g. postgres://postgres@127.0.0.1:5432/incidentgraph_bench',
    );
  }
  const database = new URL(url).pathname.slice(1);
  if (!database.includes('bench') && !process.argv.includes('--force')) {
    throw new Error(
      `refusing to empty database "${database}": its name lacks "bench" (pass --force to insist)`,
    );
  }
  const counts = countsFor(incidents);
  print(`Generating into ${database}: ${JSON.stringify(counts)} (seed ${seed})`);
  const started = Date.now();

  const migrator = createDataSource(url);
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();

  const pool = new Pool({
    connectionString: url,
    max: 3,
    application_name: 'incidentgraph-bench-data',
  });
  const admin = await pool.connect();
  let indexes: SavedIndex[] = [];
  try {
    await admin.query(
      // link_summaries too, or the link tables' TRUNCATE triggers would delete its rows one by one.
      `TRUNCATE ${[...TABLES, 'link_summaries'].map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`,
    );
    await admin.query(`DELETE FROM "api_keys" WHERE "name" LIKE 'bench %'`);
    indexes = await dropSecondaryIndexes(admin);
    for (const table of SEARCH_TABLES) {
      await admin.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "${table}_search_vector"`);
    }
    const data = new Dataset(counts, seed);
    print('Loading (COPY):');
    // Two sessions load at once; arrests precede sentences and roles, which read facts they record.
    await Promise.all([
      load(pool, [incidentsTable(data), citationsTable(data)]),
      load(pool, [
        placesTable(data),
        actorsTable(data),
        sourcesTable(data),
        plotsTable(data),
        weaponsTransfersTable(data),
        sanctionsTable(data),
        arrestsTable(data),
        sentencesTable(data),
        actorRolesTable(data),
      ]),
    ]);
  } finally {
    for (const table of SEARCH_TABLES) {
      await admin.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${table}_search_vector"`);
    }
    const rebuilding = Date.now();
    await rebuildIndexes(pool, indexes);
    print(
      `Rebuilt ${indexes.length} indexes in ${((Date.now() - rebuilding) / 1000).toFixed(1)} s`,
    );
  }
  const rollingUp = Date.now();
  // COPY ran with ordinary triggers off, so the stats rollup (migration incident-stats-rollup)
  // saw none of the rows: recompute it from the loaded tables.
  await admin.query(`SELECT rebuild_incident_stats_rollup()`);
  print(`Rebuilt incident_stats_rollup in ${((Date.now() - rollingUp) / 1000).toFixed(1)} s`);
  const summarising = Date.now();
  // Likewise the CSV export's actor and citation cells (migration link-summaries).
  await admin.query(`SELECT rebuild_link_summaries()`);
  print(`Rebuilt link_summaries in ${((Date.now() - summarising) / 1000).toFixed(1)} s`);
  const vacuuming = Date.now();
  // Visibility map and statistics: index-only scans and good plans from the first query on.
  await admin.query(
    `VACUUM (ANALYZE) ${[...TABLES, 'incident_stats_rollup', 'link_summaries'].map((table) => `"${table}"`).join(', ')}`,
  );
  print(`VACUUM ANALYZE in ${((Date.now() - vacuuming) / 1000).toFixed(1)} s`);
  const { rows } = await admin.query<{ size: string }>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  admin.release();
  await pool.end();
  print(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s; database size ${rows[0].size}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:data failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
