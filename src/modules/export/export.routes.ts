import { pipeline } from 'node:stream/promises';

import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';

import { createFormatError, ErrorCode } from '../../graphql/errors';
import { BudgetExceeded, payerOf, type CostBudget, type Payer } from '../../graphql/limits/budget';
import type { Principal } from '../../graphql/principal';
import type { AppLogger } from '../../logger';
import { openExport, type OpenExport } from './export.service';
import { parseFilterParameter } from './filter-param';
import { RecordCounter } from './record-counter';
import { recordTables, type RecordTable } from './record-tables';

/** Rows an export may stream per unit of cost, charged when it is done. */
export const EXPORT_ROWS_PER_COST = 100;

export interface ExportRouteDependencies {
  dataSource: DataSource;
  schema: GraphQLSchema;
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  budget: CostBudget;
  log: AppLogger;
}

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
} as const;

type Format = keyof typeof FORMATS;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 503,
};

const formatError = createFormatError();

// The same error shape and codes as GraphQL responses, through the one error mapper.
function sendError(response: Response, error: unknown, log: AppLogger): void {
  const raw =
    error instanceof GraphQLError
      ? error
      : new GraphQLError('export failed', { originalError: error as Error });
  const formatted = formatError({ message: raw.message, extensions: raw.extensions }, error);
  const code = String(formatted.extensions?.code);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
    log.error({ err: error }, 'export failed');
  }
  const { http: _http, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  response
    .status(STATUS[code] ?? 500)
    .json({ errors: [{ message: formatted.message, extensions }] });
}

function parseFile(file: string): { table: RecordTable; format: Format } | null {
  const match = /^([a-z-]+)\.(csv|ndjson)$/.exec(file);
  const table = match ? recordTables().find((candidate) => candidate.slug === match[1]) : undefined;
  return table && match ? { table, format: match[2] as Format } : null;
}

// The byte-order mark lets spreadsheet programs read the file as UTF-8.
const BYTE_ORDER_MARK = '\ufeff';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * GET /export/<kind>.csv and .ndjson: the kind's records matching the `filter` query parameter
 * (the list's XFilter as JSON), streamed as they are read. Anonymous clients may export; a bad
 * Authorization header is 401, as on /graphql. Cost: 1 up front (refused with 429 once the hourly
 * budget is used up), plus one per 100 rows charged when the export ends.
 */
export function createExportHandler(dependencies: ExportRouteDependencies): RequestHandler {
  const { dataSource, schema, authenticate, budget, log } = dependencies;
  return async (request: Request, response: Response) => {
    const target = parseFile(String(request.params.file));
    if (!target) {
      response.status(404).json({
        errors: [
          {
            message: `Unknown export; use /export/<kind>.csv or .ndjson with kind one of ${recordTables()
              .map((table) => table.slug)
              .join(', ')}.`,
            extensions: { code: ErrorCode.NOT_FOUND },
          },
        ],
      });
      return;
    }
    const { table, format } = target;
    let payer: Payer | undefined;
    let opened: OpenExport | undefined;
    let counter: RecordCounter | undefined;
    let charged = false;
    const charge = async () => {
      // The CSV header is a line too.
      const rows = Math.max(0, (counter?.lines ?? 0) - (format === 'csv' ? 1 : 0));
      if (payer && rows > 0 && !charged) {
        charged = true;
        await budget
          .charge(payer.tier, payer.id, Math.ceil(rows / EXPORT_ROWS_PER_COST))
          .catch((error: unknown) => log.warn({ err: error }, 'could not charge an export'));
      }
    };
    let finished = false;
    try {
      const principal = await authenticate(request.headers.authorization);
      payer = payerOf(principal, request.ip ?? 'unknown');
      const filter = parseFilterParameter(
        schema,
        table.filterType,
        typeof request.query.filter === 'string' ? request.query.filter : undefined,
      );
      const search = typeof request.query.search === 'string' ? request.query.search : null;
      try {
        await budget.spend(payer.tier, payer.id, 1);
      } catch (error) {
        if (error instanceof BudgetExceeded) {
          response.setHeader('retry-after', String(error.retryAfterSeconds));
          throw new GraphQLError(
            `Hourly cost budget used up; retry after ${error.retryAfterSeconds} s, or use an API key for a larger budget.`,
            {
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                retryAfterSeconds: error.retryAfterSeconds,
              },
            },
          );
        }
        throw error;
      }
      // Resolves once PostgreSQL writes, so a bad filter or an unreachable database is still a
      // proper error response rather than a truncated file.
      opened = await openExport(
        dataSource,
        table,
        { filter, search },
        format === 'csv' ? 'csv' : 'json',
      );
      response.status(200);
      response.setHeader('content-type', FORMATS[format]);
      response.setHeader(
        'content-disposition',
        `attachment; filename="${table.slug}-${today()}.${format}"`,
      );
      response.setHeader('cache-control', 'no-store');
      // Charged before the last byte goes out, so the client's next request sees the charge.
      counter = new RecordCounter(format === 'csv' ? BYTE_ORDER_MARK : undefined, charge);
      // pipeline() waits for the client to read (backpressure) and fails when it goes away.
      await pipeline(opened.data, counter, response);
      finished = true;
    } catch (error) {
      if (response.headersSent) {
        // Too late for an error body: cut the file short so the client sees it is incomplete.
        log.warn(
          { err: error, export: table.slug, rows: counter?.lines ?? 0 },
          'export interrupted',
        );
        response.destroy();
      } else {
        sendError(response, error, log);
      }
    } finally {
      await opened?.close(finished);
      // An export cut short still pays for the rows it sent.
      await charge();
    }
  };
}
