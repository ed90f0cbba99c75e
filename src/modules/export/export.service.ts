import type { Readable } from 'node:stream';

import type { DataSource, ObjectLiteral } from 'typeorm';

import { withTieBreaker } from '../../graphql/connection';
import { applyFilter } from '../../shared/filter/filter-builder';
import { resolveOrdering } from '../../shared/orderings';
import { applySearch } from '../../shared/search';
import type { RecordTable } from './record-tables';
import { loadRelated, type RelatedRecords } from './related';

/**
 * Rows per chunk: each chunk costs one query per relation, and at most two chunks are held in
 * memory (the one being written and the next, whose related records are loading).
 */
export const EXPORT_CHUNK_SIZE = 500;

/**
 * statement_timeout for the export cursor. The cursor is one statement for the whole export (its
 * portal stays open until the last row), so the API's per-statement limit (15 s by default) cut
 * exports off after ~80,000 rows; a client that goes away still ends it at once.
 */
export const EXPORT_STATEMENT_TIMEOUT = '1h';

/** Rows per round trip on the export cursor. */
const CURSOR_BATCH_SIZE = 1000;

type QueryStreamClass = new (
  sql: string,
  parameters: unknown[],
  options: { batchSize: number },
) => Readable;

export interface ExportChunk {
  /** The records as their GraphQL types have them (the kind's whitelisting mapper). */
  nodes: Record<string, unknown>[];
  related: RelatedRecords;
}

export interface ExportQuery {
  /** The list's filter, already coerced to the kind's XFilter input type. */
  filter?: object | null;
  search?: string | null;
}

/**
 * Streams the live records of one kind matching `filter` from a PostgreSQL cursor (TypeORM's
 * stream(), backed by pg-query-stream), in the list's default order, chunk by chunk: memory stays
 * flat whatever the number of rows. The cursor holds one pooled connection until the generator
 * ends or is returned (a client that disconnects), and related names come through the pool.
 */
export async function* exportChunks(
  dataSource: DataSource,
  table: RecordTable,
  request: ExportQuery,
  chunkSize = EXPORT_CHUNK_SIZE,
): AsyncGenerator<ExportChunk> {
  const { list } = table;
  const metadata = dataSource.getMetadata(list.entity);
  const runner = dataSource.createQueryRunner('slave');
  let stream: Readable | undefined;
  let timeoutLifted = false;
  try {
    const query = runner.manager.createQueryBuilder(list.entity, list.alias);
    applyFilter(query, request.filter as never, list.filterSpec);
    const ordering = resolveOrdering(null, list.sortKeys, list.defaultOrder);
    const terms = withTieBreaker(ordering as never) as {
      sql: (alias: string) => string;
      direction: 'ASC' | 'DESC';
    }[];
    if (request.search != null) {
      terms.unshift(applySearch(query, request.search));
    }
    // Only persisted columns, under short aliases, read back through the driver's own conversions.
    const columns = metadata.columns.filter((column) => column.isSelect);
    query.select([]);
    columns.forEach((column, index) =>
      query.addSelect(`"${list.alias}"."${column.databaseName}"`, `c${index}`),
    );
    terms.forEach((term, index) =>
      index === 0
        ? query.orderBy(term.sql(list.alias), term.direction)
        : query.addOrderBy(term.sql(list.alias), term.direction),
    );
    await runner.query(`SET statement_timeout = '${EXPORT_STATEMENT_TIMEOUT}'`);
    timeoutLifted = true;
    // TypeORM's stream() reads the cursor 100 rows per round trip; a larger batch halves the
    // time the export waits on the database. Same driver class (pg-query-stream), same logging.
    const [sql, parameters] = query.getQueryAndParameters();
    const QueryStream = (
      dataSource.driver as unknown as { loadStreamDependency(): QueryStreamClass }
    ).loadStreamDependency();
    const connection = (await runner.connect()) as {
      query(stream: Readable): Readable;
    };
    dataSource.logger.logQuery(sql, parameters, runner);
    stream = connection.query(new QueryStream(sql, parameters, { batchSize: CURSOR_BATCH_SIZE }));
    const hydrate = (raw: Record<string, unknown>) => {
      const row: ObjectLiteral = {};
      columns.forEach((column, index) =>
        column.setEntityValue(
          row,
          dataSource.driver.prepareHydratedValue(raw[`c${index}`], column),
        ),
      );
      return list.toNode(row) as Record<string, unknown>;
    };
    // The related records of a chunk load (through the pool, one statement per relation at
    // once) while the previous chunk is written and the cursor reads on; never more than one
    // chunk's statements in flight, so an export takes at most a few pooled connections.
    let pending: Promise<ExportChunk> | undefined;
    const load = (chunk: Record<string, unknown>[]) => {
      const loading = loadRelated(dataSource.manager, table, chunk).then((related) => ({
        nodes: chunk,
        related,
      }));
      // Awaited later: keep a rejection from being reported as unhandled meanwhile.
      loading.catch(() => undefined);
      return loading;
    };
    let nodes: Record<string, unknown>[] = [];
    for await (const raw of stream) {
      nodes.push(hydrate(raw as Record<string, unknown>));
      if (nodes.length >= chunkSize) {
        const ready = pending ? await pending : undefined;
        pending = load(nodes);
        nodes = [];
        if (ready) {
          yield ready;
        }
      }
    }
    if (pending) {
      const ready = await pending;
      pending = undefined;
      yield ready;
    }
    if (nodes.length > 0) {
      yield await load(nodes);
    }
  } finally {
    stream?.destroy();
    if (timeoutLifted) {
      // Back to the connection's own limit before it returns to the pool.
      await runner.query('RESET statement_timeout').catch(() => undefined);
    }
    await runner.release();
  }
}
