import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Pool } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';

import { createDataSource } from '../../src/db/data-source';
import { buildAppSchema } from '../../src/graphql/schema';
import { compiledRead } from '../../src/modules/compiled-read';
import { FILTER, FILTERED } from './scenarios';

// Tables small enough that scanning them whole is the right plan (places: ~20k rows at 1M).
const LARGE_TABLE_ROWS = 50_000;

export interface Explained {
  text: string;
  largeSeqScans: string[];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact statement the API sends for (c): the page statement is
 * captured from TypeORM while the compiled read (src/modules/compiled-read) answers the same
 * document and variables, as the API does.
 */
export async function explainFiltered(
  url: string,
  pool: Pool,
  after: string | null,
): Promise<Explained> {
  const dataSource = createDataSource(url);
  const captured: { query: string; parameters: unknown[] }[] = [];
  const capture: Partial<TypeOrmLogger> = {
    logQuery: (query, parameters) => {
      captured.push({ query, parameters: (parameters as unknown[] | undefined) ?? [] });
    },
  };
  Object.assign(dataSource.logger, capture);
  await dataSource.initialize();
  try {
    const schema = await buildAppSchema();
    const document = parse(FILTERED);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], {
      filter: FILTER,
      first: 10,
      after,
    });
    const answer = await compiledRead(
      schema,
      document,
      operation,
      variables.coerced ?? {},
      dataSource.manager,
    );
    if (!answer) {
      throw new Error('the compiled read declined (c)');
    }
  } finally {
    await dataSource.destroy();
  }
  const page = captured.find((statement) => statement.query.includes('AS "cursor_0"'));
  if (!page) {
    throw new Error('the compiled read sent no page statement');
  }
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>({
    text: `EXPLAIN (ANALYZE, BUFFERS) ${page.query}`,
    values: page.parameters,
  });
  const text = rows.map((row) => row['QUERY PLAN']).join('\n');
  const scanned = [...text.matchAll(/Seq Scan on (\w+)/g)].map((match) => match[1]);
  const largeSeqScans: string[] = [];
  for (const table of new Set(scanned)) {
    const { rows: sizes } = await pool.query<{ rows: number }>(
      `SELECT reltuples::bigint AS rows FROM pg_class WHERE relname = $1`,
      [table],
    );
    if (Number(sizes[0]?.rows ?? 0) >= LARGE_TABLE_ROWS) {
      largeSeqScans.push(`${table} (~${sizes[0].rows} rows)`);
    }
  }
  return { text, largeSeqScans };
}
