import type { EntityManager } from 'typeorm';

/** Runs hand-written SQL with :named parameters (as the query builder takes them). */
export async function namedQuery<R>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<R[]> {
  const [statement, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(statement, values);
}
