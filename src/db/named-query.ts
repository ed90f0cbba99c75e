import type { EntityManager } from 'typeorm';

/**
 * Runs a read-only statement: inside a transaction on its connection, otherwise on a read
 * replica when DATABASE_READ_URLS configures some (as TypeORM's query builder does for SELECTs;
 * `manager.query` alone would always use the primary).
 */
export async function readQuery<R>(
  manager: EntityManager,
  statement: string,
  values: unknown[] = [],
): Promise<R[]> {
  if (manager.queryRunner) {
    return manager.query(statement, values);
  }
  const runner = manager.connection.createQueryRunner(
    manager.connection.defaultReplicationModeForReads(),
  );
  try {
    return await runner.query(statement, values);
  } finally {
    await runner.release();
  }
}

/** Runs hand-written read-only SQL with :named parameters (as the query builder takes them). */
export async function namedQuery<R>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<R[]> {
  const [statement, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return readQuery(manager, statement, values);
}
