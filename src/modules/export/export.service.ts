import type { Readable } from 'node:stream';

import type { DataSource, ObjectLiteral } from 'typeorm';

import { withTieBreaker } from '../../graphql/connection';
import { applyFilter } from '../../shared/filter/filter-builder';
import { resolveOrdering } from '../../shared/orderings';
import { applySearch } from '../../shared/search';
import type { RecordTable } from './record-tables';
import { loadRelated, type RelatedRecords } from './related';

/** Rows per chunk: each chunk costs one query per relation, and only one chunk is held in memory. */
export const EXPORT_CHUNK_SIZE = 200;

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
    stream = (await query.stream()) as Readable;
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
    let nodes: Record<string, unknown>[] = [];
    for await (const raw of stream) {
      nodes.push(hydrate(raw as Record<string, unknown>));
      if (nodes.length >= chunkSize) {
        yield { nodes, related: await loadRelated(dataSource.manager, table, nodes) };
        nodes = [];
      }
    }
    if (nodes.length > 0) {
      yield { nodes, related: await loadRelated(dataSource.manager, table, nodes) };
    }
  } finally {
    stream?.destroy();
    await runner.release();
  }
}
