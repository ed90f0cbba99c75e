import type { DataSource } from 'typeorm';

const TABLES = [
  'actors',
  'places',
  'sources',
  'plots',
  'incidents',
  'arrests',
  'sentences',
  'sanctions',
  'weapons_transfers',
  'citations',
  'actor_roles',
  'change_log',
];

/**
 * Everything a write could leave behind: row counts per table, plus the versions and deletion
 * marks of every record, so "nothing was written" also catches an update or a soft delete.
 */
export async function databaseState(dataSource: DataSource): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {};
  for (const table of TABLES) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
    state[table] = count;
    if (table !== 'change_log' && table !== 'citations' && table !== 'actor_roles') {
      state[`${table}.rows`] = await dataSource.query(
        `SELECT id, version, "deletedAt" FROM "${table}" ORDER BY id`,
      );
    }
  }
  return state;
}
