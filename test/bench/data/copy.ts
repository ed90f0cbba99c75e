import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | null;

const NULL = '\\N';

// COPY's text format: backslash, tab and line breaks are the only characters that need escaping.
function escape(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/** A PostgreSQL array literal of plain words (no quotes or backslashes inside). */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value}"`).join(',')}}`;
}

function line(cells: readonly Cell[]): string {
  let text = '';
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (index > 0) {
      text += '\t';
    }
    text += cell === null ? NULL : typeof cell === 'number' ? String(cell) : escape(cell);
  }
  return `${text}\n`;
}

const CHUNK_ROWS = 2000;

/**
 * Streams `count` rows made by `row(index)` into `table` with COPY FROM STDIN, in chunks, waiting
 * for the socket to drain so that memory stays flat whatever the row count.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  count: number,
  row: (index: number) => Cell[] | Cell[][],
): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) FROM STDIN`),
  );
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let written = 0;
  let chunk = '';
  let inChunk = 0;
  for (let index = 0; index < count; index += 1) {
    const produced = row(index);
    const rows = Array.isArray(produced[0]) ? (produced as Cell[][]) : [produced as Cell[]];
    for (const cells of rows) {
      chunk += line(cells);
      written += 1;
      inChunk += 1;
    }
    if (inChunk >= CHUNK_ROWS) {
      if (!stream.write(chunk)) {
        await new Promise((resolve) => stream.once('drain', resolve));
      }
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk) {
    stream.write(chunk);
  }
  stream.end();
  await finished;
  return written;
}
