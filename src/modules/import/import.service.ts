import {
  coerceInputValue,
  execute,
  isInputType,
  parse,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { EntityManager } from 'typeorm';

import type { DataVersion } from '../../graphql/cache/data-version';
import type { Context } from '../../graphql/context';
import { createFormatError, ErrorCode, flattenValidation } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import type { Principal } from '../../graphql/principal';
import type { AppLogger } from '../../logger';
import { Loaders } from '../../shared/loaders';
import { REFERENCE_TARGETS, type RecordTable } from '../export';
import type { ImportRow, RecordReference } from './import-rows';

/** Rows written per transaction. */
export const IMPORT_BATCH_SIZE = 100;

export interface Rejection {
  line: number;
  externalId: string | null;
  /** The column or field at fault ("type", "date.from", "placeExternalId"); null for the whole row. */
  field: string | null;
  message: string;
}

export interface ImportReport {
  kind: string;
  dryRun: boolean;
  /** Rows read from the file. */
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Actor roles and citations added (those already present are left as they are). */
  linksAdded: number;
  rejected: Rejection[];
}

export interface ImportOptions {
  /** Who the change log names: an API key, or the import CLI. */
  principal: Principal;
  log: AppLogger;
  /** The response cache's data version, so that cached answers see imported records at once. */
  dataVersion?: DataVersion | null;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (report: ImportReport) => void;
  /** Problems that make the whole file unreadable (a CSV header with unknown columns). */
  fileProblems?: () => string[];
}

/** The file cannot be imported at all (nothing was written). */
export class ImportFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

class RowRejected extends Error {
  constructor(readonly problems: { field: string | null; message: string }[]) {
    super('row rejected');
  }
}

class DryRunRollback extends Error {}

interface UserErrorShape {
  field: string | null;
  message: string;
  code: string;
}

const stripInput = (field: string | null | undefined): string | null =>
  field ? field.replace(/^input\./, '') : null;

const formatError = createFormatError();

// Through the one error mapper, so a database error reads as it would in a GraphQL response.
function problemsOf(
  errors: readonly GraphQLError[],
  log: AppLogger,
): { field: string | null; message: string }[] {
  return errors.flatMap((error) => {
    if (error.originalError instanceof ArgumentValidationError) {
      return flattenValidation(error.originalError.extensions.validationErrors, '').map(
        (problem) => ({ field: stripInput(problem.field), message: problem.messages.join('; ') }),
      );
    }
    const formatted = formatError({ message: error.message, extensions: error.extensions }, error);
    if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      log.error({ err: error.originalError ?? error }, 'import row failed unexpectedly');
    }
    const field = formatted.extensions?.field;
    return [
      { field: stripInput(typeof field === 'string' ? field : null), message: formatted.message },
    ];
  });
}

/**
 * Imports rows of one kind through the same path as the mutations: each row is coerced against
 * the kind's UpsertXInput type and run as the upsertX mutation (class-validator rules, reference
 * checks and cross-record rules of the writer, one change-log entry per change, named after the
 * caller), then its actor roles and citations go through addActorRole and addCitation.
 *
 * Rows are written in batches of `batchSize`, one transaction each. Inside a batch every row runs
 * in its own savepoint: a bad row is rolled back whole (never half-written) and reported with its
 * line, field and reason, and the other rows of the batch commit. A dry run does all of it in
 * one transaction that is rolled back at the end.
 */
export class RecordImporter {
  private readonly upsert: DocumentNode;
  private readonly addRole: DocumentNode;
  private readonly addCitation: DocumentNode;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly table: RecordTable,
  ) {
    const { typeName, payloadField } = table;
    this.upsert = parse(
      `mutation ($input: Upsert${typeName}Input!) { result: upsert${typeName}(input: $input) { outcome userErrors { field message code } node: ${payloadField} { id } } }`,
    );
    this.addRole = parse(
      'mutation ($input: AddActorRoleInput!) { result: addActorRole(input: $input) { userErrors { field message code } } }',
    );
    this.addCitation = parse(
      'mutation ($input: AddCitationInput!) { result: addCitation(input: $input) { userErrors { field message code } } }',
    );
  }

  async run(
    manager: EntityManager,
    rows: AsyncIterable<ImportRow>,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const report: ImportReport = {
      kind: this.table.slug,
      dryRun: options.dryRun ?? false,
      processed: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      linksAdded: 0,
      rejected: [],
    };
    const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
    const checkFile = () => {
      const problems = options.fileProblems?.() ?? [];
      if (problems.length > 0) {
        throw new ImportFileError(problems);
      }
    };
    const all = async (root: EntityManager) => {
      let batch: ImportRow[] = [];
      const flush = async () => {
        checkFile();
        if (batch.length > 0) {
          const rowsOfBatch = batch;
          batch = [];
          await root.transaction((tx) => this.writeBatch(tx, rowsOfBatch, report, options));
          // The rows' mutations bumped the version inside the batch; bump again once it is committed.
          await options.dataVersion?.bump();
          options.onProgress?.(report);
        }
      };
      for await (const row of rows) {
        report.processed += 1;
        batch.push(row);
        if (batch.length >= batchSize) {
          await flush();
        }
      }
      await flush();
    };
    if (!report.dryRun) {
      await all(manager);
      return report;
    }
    try {
      await manager.transaction(async (tx) => {
        await all(tx);
        throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) {
        throw error;
      }
    }
    return report;
  }

  private async writeBatch(
    tx: EntityManager,
    rows: ImportRow[],
    report: ImportReport,
    options: ImportOptions,
  ): Promise<void> {
    const ids = await this.lookUpReferences(tx, rows);
    for (const row of rows) {
      try {
        // A savepoint per row: a rejected row leaves nothing behind, the others stay.
        const outcome = await tx.transaction((rowTx) => this.writeRow(rowTx, row, ids, options));
        report[outcome.outcome] += 1;
        report.linksAdded += outcome.linksAdded;
      } catch (error) {
        if (!(error instanceof RowRejected)) {
          throw error;
        }
        for (const problem of error.problems) {
          report.rejected.push({ line: row.line, externalId: row.externalId, ...problem });
        }
      }
    }
  }

  /** Global IDs of every record the batch names by externalId: one query per kind referred to. */
  private async lookUpReferences(
    tx: EntityManager,
    rows: ImportRow[],
  ): Promise<Map<string, string>> {
    const wanted = new Map<string, Set<string>>();
    const want = (typeName: string, target: RecordReference | null | undefined) => {
      if (target?.externalId) {
        const set = wanted.get(typeName) ?? new Set<string>();
        set.add(target.externalId);
        wanted.set(typeName, set);
      }
    };
    for (const row of rows) {
      for (const field of this.table.fields) {
        if (field.kind === 'ref') {
          want(field.refType!, row.references[field.name]);
        }
      }
      row.actors?.forEach((link) => want('Actor', link.target));
      row.citations?.forEach((link) => want('Source', link.target));
    }
    const tables: Record<string, string> = {
      ...Object.fromEntries(
        Object.entries(REFERENCE_TARGETS).map(([typeName, target]) => [typeName, target.table]),
      ),
      Actor: 'actors',
      Source: 'sources',
    };
    const ids = new Map<string, string>();
    for (const [typeName, externalIds] of wanted) {
      const found: { id: string; externalId: string }[] = await tx.query(
        `SELECT id, "externalId" FROM "${tables[typeName]}" WHERE "externalId" = ANY($1::text[]) AND "deletedAt" IS NULL`,
        [[...externalIds]],
      );
      for (const row of found) {
        ids.set(`${typeName}:${row.externalId}`, toGlobalId(typeName, row.id));
      }
    }
    return ids;
  }

  private async writeRow(
    tx: EntityManager,
    row: ImportRow,
    ids: Map<string, string>,
    options: ImportOptions,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; linksAdded: number }> {
    const problems = [...row.problems];
    if (!row.externalId) {
      problems.push({ field: 'externalId', message: 'is required: imports upsert by externalId' });
    }
    const resolve = (typeName: string, target: RecordReference, field: string) => {
      if (target.id) {
        return target.id;
      }
      const id = ids.get(`${typeName}:${target.externalId}`);
      if (!id) {
        problems.push({
          field,
          message: `no ${typeName} has externalId "${target.externalId}" (import that kind first)`,
        });
      }
      return id ?? null;
    };
    const input: Record<string, unknown> = { externalId: row.externalId, ...row.fields };
    for (const [name, target] of Object.entries(row.references)) {
      const refType = this.table.fields.find((field) => field.name === name)!.refType!;
      input[`${name}Id`] = target ? resolve(refType, target, `${name}ExternalId`) : null;
    }
    const actors = (row.actors ?? []).map((link, index) => ({
      link,
      id: resolve('Actor', link.target, `actors.${index}.actor`),
    }));
    const citations = (row.citations ?? []).map((link, index) => ({
      link,
      id: resolve('Source', link.target, `citations.${index}.source`),
    }));
    problems.push(
      ...this.coercionProblems(`Upsert${this.table.typeName}Input`, input).filter(
        // A missing externalId is already reported above, in words that say why it matters.
        (problem) => row.externalId || problem.field !== 'externalId',
      ),
    );
    if (problems.length > 0) {
      throw new RowRejected(problems);
    }

    const context = this.context(tx, options);
    const upserted = await this.call(this.upsert, input, context);
    const recordId = (upserted.node as { id: string }).id;
    let linksAdded = 0;
    const add = async (document: DocumentNode, linkInput: object, field: string) => {
      const result = await this.call(document, linkInput, context, field);
      linksAdded += result.added ? 1 : 0;
    };
    for (const [index, { link, id }] of actors.entries()) {
      await add(
        this.addRole,
        { recordId, actorId: id, role: link.role, note: link.note ?? null },
        `actors.${index}`,
      );
    }
    for (const [index, { link, id }] of citations.entries()) {
      await add(
        this.addCitation,
        {
          recordId,
          sourceId: id,
          stance: link.stance,
          excerpt: link.excerpt ?? null,
          accessedOn: link.accessedOn ?? null,
        },
        `citations.${index}`,
      );
    }
    return {
      outcome: String(upserted.outcome).toLowerCase() as 'created' | 'updated' | 'unchanged',
      linksAdded,
    };
  }

  private coercionProblems(typeName: string, value: unknown) {
    const type = this.schema.getType(typeName);
    if (!type || !isInputType(type)) {
      throw new Error(`${typeName} is not an input type`);
    }
    const problems: { field: string | null; message: string }[] = [];
    coerceInputValue(value, type, (path, _invalid, error) => {
      problems.push({ field: path.length > 0 ? path.join('.') : null, message: error.message });
    });
    return problems;
  }

  private context(tx: EntityManager, options: ImportOptions): Context {
    return {
      requestId: 'import',
      db: tx,
      loaders: new Loaders(tx),
      log: options.log,
      principal: options.principal,
      clientAddress: 'import',
      dataVersion: options.dataVersion ?? null,
    };
  }

  /** Runs one mutation; refusals become the row's problems (DUPLICATE links count as present). */
  private async call(
    document: DocumentNode,
    input: object,
    context: Context,
    prefix?: string,
  ): Promise<{ outcome?: string; node?: unknown; added: boolean }> {
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: { input },
      contextValue: context,
    });
    const at = (field: string | null) => (prefix ? (field ? `${prefix}.${field}` : prefix) : field);
    if (result.errors?.length) {
      throw new RowRejected(
        problemsOf(result.errors, context.log).map((problem) => ({
          ...problem,
          field: at(problem.field),
        })),
      );
    }
    const payload = (result.data as { result: Record<string, unknown> }).result;
    const userErrors = payload.userErrors as UserErrorShape[];
    if (prefix && userErrors.length === 1 && userErrors[0].code === 'DUPLICATE') {
      return { added: false };
    }
    if (userErrors.length > 0) {
      throw new RowRejected(
        userErrors.map((error) => ({ field: at(stripInput(error.field)), message: error.message })),
      );
    }
    return { outcome: payload.outcome as string, node: payload.node, added: true };
  }
}
