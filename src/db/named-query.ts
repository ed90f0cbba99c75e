import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * Runs `read` on the connection a read-only statement belongs on: the transaction's, inside one,
 * otherwise a read replica when DATABASE_READ_URLS configures some (as TypeORM's query builder
 * does for SELECTs; `manager.query` alone would always use the primary).
 */
async function onReadConnection<R>(
  manager: EntityManager,
  read: (runner: QueryRunner) => Promise<R>,
): Promise<R> {
  if (manager.queryRunner) {
    return read(manager.queryRunner);
  }
  const runner = manager.connection.createQueryRunner(
    manager.connection.defaultReplicationModeForReads(),
  );
  try {
    return await read(runner);
  } finally {
    await runner.release();
  }
}

/** Runs a read-only statement on the connection it belongs on (see onReadConnection). */
export async function readQuery<R>(
  manager: EntityManager,
  statement: string,
  values: unknown[] = [],
): Promise<R[]> {
  return onReadConnection(manager, (runner) => runner.query(statement, values));
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

// Statement names by text, the same on every connection of the process: pg prepares a name once
// per connection and refuses one name for two texts.
const statementNames = new Map<string, string>();

const nameFor = (text: string): string => {
  let name = statementNames.get(text);
  if (!name) {
    name = `prepared_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
};

/**
 * Most texts of client-shaped statements (preparedRead) that get a name in one process. Each
 * stays prepared on every pooled connection it ran on: ~160-200 KB of PostgreSQL memory for a
 * compiled page (32 × 200 KB × 10 connections ≈ 64 MB at most).
 */
export const MAX_CLIENT_SHAPED_NAMES = 32;
// Texts seen once, waiting for a second sighting; bounded, emptied when full.
const sightings = new Set<string>();
const MAX_SIGHTINGS = 1000;
let clientShapedNames = 0;

/**
 * As namedQuery, for a statement that runs on most requests: it is prepared once per connection
 * and then sent by name, so PostgreSQL skips parsing it again. It is still planned for each
 * execution with its values (the pool sets plan_cache_mode = force_custom_plan), because the
 * best plan of a full-text search depends on how often its words occur. Callers keep the number
 * of distinct texts small (values as parameters, not inlined): each one stays prepared on every
 * connection.
 */
export async function preparedQuery<R>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<R[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return runStatement(manager, text, values, nameFor(text));
}

/**
 * A read whose text follows the client's document or filter (compiled reads, name lookups), so
 * texts are not few: a text is prepared, as preparedQuery does, from its second sighting on, for
 * at most MAX_CLIENT_SHAPED_NAMES texts per process (the first that recur; an API's clients send
 * the same few documents again and again); any other runs unnamed. Parsing and analysing a compiled
 * page's ~3 KB of JSON-building SQL cost ~0.3 ms of its ~1.5 ms at every execution.
 */
export async function preparedRead<R>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<R[]> {
  let name = statementNames.get(text);
  if (!name && clientShapedNames < MAX_CLIENT_SHAPED_NAMES) {
    if (sightings.has(text)) {
      sightings.delete(text);
      clientShapedNames += 1;
      name = nameFor(text);
    } else {
      if (sightings.size >= MAX_SIGHTINGS) {
        sightings.clear();
      }
      sightings.add(text);
    }
  }
  return runStatement(manager, text, values, name);
}

/** Runs a statement on its read connection, by name when it has one, logged as TypeORM logs. */
async function runStatement<R>(
  manager: EntityManager,
  text: string,
  values: unknown[],
  name: string | undefined,
): Promise<R[]> {
  return onReadConnection(manager, async (runner) => {
    const client = (await runner.connect()) as {
      query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
    };
    const logger = manager.connection.logger;
    logger.logQuery(text, values, runner);
    const started = Date.now();
    try {
      const { rows } = await client.query({ name, text, values });
      const slowAfter = manager.connection.options.maxQueryExecutionTime;
      const took = Date.now() - started;
      if (slowAfter && took > slowAfter) {
        logger.logQuerySlow(took, text, values, runner);
      }
      return rows;
    } catch (error) {
      logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  });
}
