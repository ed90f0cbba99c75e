import { once } from 'node:events';
import type { Readable } from 'node:stream';

import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';

import type { ExportFormat } from './export-columns';
import { exportSelect, type ExportQuery } from './export-statement';
import type { RecordTable } from './record-tables';

/**
 * statement_timeout for the export statement. It writes the whole file (the COPY runs until the
 * last row is sent), so the API's per-statement limit (15 s by default) cut exports off after
 * ~80,000 rows; a client that goes away still ends it at once.
 */
export const EXPORT_STATEMENT_TIMEOUT = '1h';

/** Session settings of the export connection, set before the COPY and reset after it. */
export const EXPORT_SETTINGS: Record<string, string> = {
  statement_timeout: EXPORT_STATEMENT_TIMEOUT,
  // A statement still aggregating (nothing written yet) notices a closed client within a second.
  client_connection_check_interval: '1s',
  // Numbers and dates as the JavaScript mappers wrote them, whatever the server's defaults.
  extra_float_digits: '1',
  DateStyle: 'ISO, MDY',
  // A full export hashes link_summaries (CSV) or sorts a few million links (JSON), then sorts the
  // result rows: in memory or a few large temporary files rather than many small ones.
  work_mem: '64MB',
  // Reading the rows in list order through an index, or link_summaries and the link tables through
  // theirs, fetches each row from a random heap page; for a large export sequential scans and a
  // sort are several times cheaper (1M incidents: 34-48 s against 14-20 s). Small exports still
  // find their rows through bitmap index scans.
  enable_indexscan: 'off',
  // Compiling the ~30 cell expressions took ~2 s of CPU in each of the three processes of a
  // parallel full export (6.3 s in all on 2 cores) and did not earn it back: 15-17 s against
  // 17-20 s for 1M incidents, run alternately.
  jit: 'off',
};

// CSV with a delimiter and quote that JSON text always escapes: every line is written as is.
const COPY_OPTIONS: Record<ExportFormat, string> = {
  csv: 'FORMAT csv, HEADER',
  json: `FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02'`,
};

export interface OpenExport {
  /** The file's bytes as PostgreSQL writes them (CSV with its header row, or NDJSON lines). */
  data: Readable;
  /** Resets and returns the connection, or, when the export did not finish, closes it. */
  close(finished: boolean): Promise<void>;
}

const ignore = () => undefined;

/**
 * Starts `COPY (SELECT …) TO STDOUT` for an export on a connection of its own and resolves once
 * PostgreSQL has started writing, so that a bad filter or an unreachable database is still an
 * error before any byte is sent. Memory stays flat whatever the number of rows: the stream is
 * read as the response drains.
 */
export async function openExport(
  dataSource: DataSource,
  table: RecordTable,
  request: ExportQuery,
  format: ExportFormat,
): Promise<OpenExport> {
  const runner = dataSource.createQueryRunner('slave');
  let settingsChanged = false;
  let client: Client | undefined;
  let data: Readable | undefined;
  const close = async (finished: boolean) => {
    if (!finished) {
      data?.on('error', ignore).destroy();
      // A COPY cannot be stopped from the client side but by closing its connection: the server
      // then fails its next write (or its connection check) and ends the statement.
      await client?.end().catch(ignore);
    } else if (settingsChanged) {
      await runner
        .query(
          Object.keys(EXPORT_SETTINGS)
            .map((name) => `RESET ${name}`)
            .join('; '),
        )
        .catch(ignore);
    }
    await runner.release();
  };
  try {
    const select = await exportSelect(runner.manager, table, request, format);
    await runner.query(
      Object.entries(EXPORT_SETTINGS)
        .map(([name, value]) => `SET ${name} = '${value}'`)
        .join('; '),
    );
    settingsChanged = true;
    const statement = `COPY (${select}) TO STDOUT WITH (${COPY_OPTIONS[format]})`;
    client = (await runner.connect()) as Client;
    dataSource.logger.logQuery(statement, [], runner);
    data = client.query(copyTo(statement));
    await once(data, 'readable');
    return { data, close };
  } catch (error) {
    await close(false);
    throw error;
  }
}
