import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { stringify } from 'csv-stringify/sync';
import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';

import { Role, type Principal } from '../../graphql/principal';
import type { AppLogger } from '../../logger';
import { recordTable, recordTables, type RecordTable } from '../export';
import { importStream, rejectedRows, type ImportFileFormat } from './import-stream';
import { ImportFileError, type ImportReport } from './import.service';

/** The change log's "who" for rows written by the import command. */
export const IMPORT_ACTOR = 'import';

export interface ImportArguments {
  file: string;
  table: RecordTable;
  format: ImportFileFormat;
  dryRun: boolean;
  /** Where rejected rows are written (CSV: line, externalId, field, reason). */
  reportFile: string;
  batchSize?: number;
}

export class UsageError extends Error {}

export const IMPORT_USAGE =
  'usage: npm run import -- <file.csv|file.ndjson> --kind <kind> [--dry-run] [--report <rejected.csv>] [--batch-size <n>]';

export function parseImportArguments(argv: string[]): ImportArguments {
  let file: string | undefined;
  let kind: string | undefined;
  let reportFile: string | undefined;
  let batchSize: number | undefined;
  let dryRun = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--kind') {
      kind = argv[(index += 1)];
    } else if (argument === '--dry-run') {
      dryRun = true;
    } else if (argument === '--report') {
      reportFile = argv[(index += 1)];
    } else if (argument === '--batch-size') {
      batchSize = Number(argv[(index += 1)]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
        throw new UsageError('--batch-size must be a whole number from 1 to 10000');
      }
    } else if (argument.startsWith('--') || file) {
      throw new UsageError(`unexpected argument "${argument}"\n${IMPORT_USAGE}`);
    } else {
      file = argument;
    }
  }
  if (!file || !kind) {
    throw new UsageError(IMPORT_USAGE);
  }
  const table = recordTable(kind);
  if (!table) {
    throw new UsageError(
      `unknown kind "${kind}"; one of ${recordTables()
        .map((candidate) => candidate.slug)
        .join(', ')}`,
    );
  }
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.ndjson' && extension !== '.jsonl') {
    throw new UsageError('the file must end in .csv or .ndjson');
  }
  return {
    file,
    table,
    format: extension === '.csv' ? 'csv' : 'ndjson',
    dryRun,
    reportFile: reportFile ?? `${file}.rejected.csv`,
    batchSize,
  };
}

const IMPORT_PRINCIPAL: Principal = {
  kind: 'apiKey',
  keyId: IMPORT_ACTOR,
  name: 'import command',
  role: Role.ADMIN,
};

const summary = (report: ImportReport) =>
  `${report.processed} rows read: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${rejectedRows(report)} rejected, ${report.linksAdded} roles/citations added`;

/**
 * The import command: reads the file as a stream, prints progress after every batch, writes the
 * rejected rows to a CSV report, and returns the exit code (0: all imported, 1: rows rejected,
 * 2: the file could not be imported at all).
 */
export async function runImport(
  manager: EntityManager,
  schema: GraphQLSchema,
  args: ImportArguments,
  log: AppLogger,
  print: (line: string) => void,
): Promise<number> {
  let report: ImportReport;
  try {
    report = await importStream(
      manager,
      schema,
      args.table,
      args.format,
      createReadStream(args.file),
      {
        principal: IMPORT_PRINCIPAL,
        log,
        dryRun: args.dryRun,
        batchSize: args.batchSize,
        onProgress: (progress) => print(`${args.table.slug}: ${summary(progress)}`),
      },
    );
  } catch (error) {
    if (error instanceof ImportFileError) {
      print(`${args.file} cannot be imported, nothing was written: ${error.message}`);
      return 2;
    }
    throw error;
  }
  print(`${args.dryRun ? 'dry run, nothing written: ' : 'done: '}${summary(report)}`);
  if (report.rejected.length === 0) {
    return 0;
  }
  await writeFile(
    args.reportFile,
    stringify(report.rejected, {
      header: true,
      columns: ['line', 'externalId', 'field', 'message'],
    }),
  );
  print(`rejected rows and why: ${args.reportFile}`);
  return 1;
}
