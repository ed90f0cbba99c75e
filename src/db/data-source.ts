import 'reflect-metadata';

import path from 'node:path';

import { DataSource } from 'typeorm';

import { loadConfig } from '../config';
import type { AppLogger } from '../logger';
import { ENTITIES } from './entities';
import { NamingStrategy } from './naming-strategy';
import { PG_TYPES } from './pg-types';
import { CountingLogger } from './query-counter';

export const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

/** Connection string of the embedded cluster that `npm start` runs when DATABASE_URL is unset. */
export function embeddedDatabaseUrl(port: number, database = 'incidentgraph'): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
}

export interface DataSourceOptions {
  /** PostgreSQL statement_timeout for every statement of this pool, in milliseconds. */
  statementTimeoutMs?: number;
  /**
   * Read replicas: queries outside a transaction go to one of them (TypeORM replication), writes
   * and transactions to `url`, the primary.
   */
  readUrls?: string[];
}

/** The one way the app, the tests and the TypeORM CLI build a DataSource. */
export function createDataSource(
  url: string,
  log?: AppLogger,
  options: DataSourceOptions = {},
): DataSource {
  const readUrls = options.readUrls ?? [];
  return new DataSource({
    type: 'postgres',
    ...(readUrls.length > 0
      ? { replication: { master: { url }, slaves: readUrls.map((readUrl) => ({ url: readUrl })) } }
      : { url }),
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    namingStrategy: new NamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger: new CountingLogger(log),
    maxQueryExecutionTime: 1000,
    extra: {
      max: 10,
      // Fail fast when the database is away, so clients get SERVICE_UNAVAILABLE rather than a hang.
      connectionTimeoutMillis: 3000,
      application_name: 'incidentgraph',
      types: PG_TYPES,
      // Prepared statements (preparedQuery) are planned with their values at every execution: a
      // generic plan cannot tell a rare search word from a common one.
      options: '-c plan_cache_mode=force_custom_plan',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

const config = loadConfig();

// The TypeORM CLI needs exactly one exported DataSource: it targets DATABASE_URL, or the
// embedded cluster of a running `npm start`.
export const CliDataSource = createDataSource(
  config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgresPort),
);
