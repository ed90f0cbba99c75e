import { Readable } from 'node:stream';

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { Role } from '../../graphql/principal';
import { INPUT_ARG } from '../../graphql/validation';
import { recordTables } from '../export';
import { RECORD_KIND_TYPE_NAMES } from '../sync';
import { importStream, rejectedRows } from './import-stream';
import { ImportFileError } from './import.service';
import {
  IMPORT_MAX_CHARACTERS,
  IMPORT_MAX_REJECTIONS_LISTED,
  ImportFormat,
  ImportRecordsInput,
  ImportRecordsPayload,
  ImportRejection,
} from './import.types';

@Resolver()
export class ImportResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => ImportRecordsPayload, {
    description: `Creates or updates many records of one kind by externalId from CSV or NDJSON text (the formats of the exports), at most ${IMPORT_MAX_CHARACTERS.toLocaleString('en')} characters. Every row is checked with the same rules as upsertX; a refused row is reported with its line, field and reason and writes nothing, the other rows are written. Needs an EDITOR or ADMIN key.`,
  })
  async importRecords(
    @Arg('input', () => ImportRecordsInput, { description: 'What to import.', ...INPUT_ARG })
    input: ImportRecordsInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportRecordsPayload> {
    if (input.data.length > IMPORT_MAX_CHARACTERS) {
      throw badInput(
        'input.data',
        `is over ${IMPORT_MAX_CHARACTERS} characters; split the file or use npm run import`,
      );
    }
    const table = recordTables().find(
      (candidate) => candidate.typeName === RECORD_KIND_TYPE_NAMES[input.kind],
    )!;
    try {
      const report = await importStream(
        ctx.db,
        info.schema,
        table,
        input.format === ImportFormat.CSV ? 'csv' : 'ndjson',
        Readable.from([input.data]),
        {
          principal: ctx.principal,
          log: ctx.log,
          dataVersion: ctx.dataVersion,
          dryRun: input.dryRun,
        },
      );
      return Object.assign(new ImportRecordsPayload(), {
        ...report,
        kind: input.kind,
        rejectedCount: rejectedRows(report),
        rejected: report.rejected
          .slice(0, IMPORT_MAX_REJECTIONS_LISTED)
          .map((rejection) => Object.assign(new ImportRejection(), rejection)),
      });
    } catch (error) {
      if (error instanceof ImportFileError) {
        throw badInput('input.data', error.message);
      }
      throw error;
    }
  }
}
