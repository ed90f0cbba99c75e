import type { Pool } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';

import { createDataSource } from '../../src/db/data-source';
import { INCIDENT_LIST } from '../../src/modules/incident';
import { listRecords } from '../../src/shared/list';
import { FILTER } from './scenarios';

// Tables small enough that scanning them whole is the right plan (places: ~20k rows at 1M).
const LARGE_TABLE_ROWS = 50_000;

export interface Explained {
  text: string;
  largeSeqScans: string[];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact statement the API sends for (c): the page query is
 * captured from TypeORM while the incident service answers the same arguments.
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
    await listRecords(dataSource.manager, INCIDENT_LIST, {
      filter: FILTER as never,
      first: 10,
      after,
    });
  } finally {
    await dataSource.destroy();
  }
  const page = captured.find(
    (statement) =>
      /^SELECT/i.test(statement.query.trim()) && statement.query.includes('"incidents"'),
  );
  if (!page) {
    throw new Error('the incident list sent no SELECT');
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
