import { Client } from 'pg';

import { createDataSource } from '../src/db/data-source';
import { testDatabaseConnectionUrl } from './setup/test-database';

// globalSetup applied every migration to an empty database; here the entities are compared with
// the result, as `typeorm migration:generate --check` does.
describe('migrations', () => {
  it('leave no difference between the entities and the database schema', async () => {
    const dataSource = createDataSource(testDatabaseConnectionUrl());
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const statements = pending.upQueries.map((query) => query.query);
      if (statements.length > 0) {
        throw new Error(
          `entities and migrations drift; run npm run migration:generate -- migrations/<name>:\n${statements.join('\n')}`,
        );
      }
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be reverted to an empty schema and applied again', async () => {
    const url = new URL(testDatabaseConnectionUrl());
    const scratch = `${url.pathname.slice(1)}_revert`;
    const admin = new Client({
      connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
    });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}"`);
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const dataSource = createDataSource(
      Object.assign(new URL(url), { pathname: `/${scratch}` }).toString(),
    );
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations();
      for (const _migration of applied) {
        await dataSource.undoLastMigration();
      }
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      expect((await dataSource.runMigrations()).length).toBe(applied.length);
    } finally {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
