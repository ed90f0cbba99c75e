import type { Readable } from 'node:stream';

import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';

import type { RecordTable } from '../export';
import { readCsv, readNdjson } from './import-rows';
import { RecordImporter, type ImportOptions, type ImportReport } from './import.service';

export type ImportFileFormat = 'csv' | 'ndjson';

/** Reads a CSV or NDJSON stream of one kind and imports it row by row, in batches. */
export function importStream(
  manager: EntityManager,
  schema: GraphQLSchema,
  table: RecordTable,
  format: ImportFileFormat,
  input: Readable,
  options: Omit<ImportOptions, 'fileProblems'>,
): Promise<ImportReport> {
  let headerProblems: string[] = [];
  const rows =
    format === 'csv'
      ? readCsv(table, input, (problems) => (headerProblems = problems))
      : readNdjson(table, input);
  return new RecordImporter(schema, table).run(manager, rows, {
    ...options,
    fileProblems: () => headerProblems,
  });
}

/** Rows refused (a row with several problems counts once). */
export const rejectedRows = (report: ImportReport): number =>
  new Set(report.rejected.map((rejection) => rejection.line)).size;
