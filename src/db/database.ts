import type { DataSource } from 'typeorm';

import type { Config } from '../config';
import type { AppLogger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** Set when the app started its own embedded PostgreSQL. */
  embedded: EmbeddedDatabase | null;
  close: () => Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded cluster, and brings the schema up to date. */
export async function openDatabase(config: Config, log: AppLogger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        database: 'incidentgraph',
        log,
      });
  const url = config.databaseUrl ?? embedded!.url;
  // Migrations may rewrite large tables, so they run without the API's statement timeout.
  const migrator = createDataSource(url, log);
  await migrator.initialize();
  try {
    const applied = await migrator.runMigrations({ transaction: 'each' });
    if (applied.length > 0) {
      log.info({ migrations: applied.map((migration) => migration.name) }, 'applied migrations');
    }
  } finally {
    await migrator.destroy();
  }
  if (!config.databaseUrl && config.databaseReadUrls.length > 0) {
    log.warn(
      'DATABASE_READ_URLS is ignored without DATABASE_URL (the embedded PostgreSQL has no replicas)',
    );
  }
  const dataSource = createDataSource(url, log, {
    statementTimeoutMs: config.limits.statementTimeoutMs,
    readUrls: config.databaseUrl ? config.databaseReadUrls : [],
  });
  await dataSource.initialize();
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
