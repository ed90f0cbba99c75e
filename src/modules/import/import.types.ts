import { Field, InputType, Int, ObjectType } from 'type-graphql';

import { registerDescribedEnum } from '../../shared/register-enum';
import { RecordKind } from '../sync';

/** Largest `data` the importRecords mutation takes, in characters. */
export const IMPORT_MAX_CHARACTERS = 1_000_000;
/** Rejections listed in a payload; the count says how many there were in all. */
export const IMPORT_MAX_REJECTIONS_LISTED = 1000;

export enum ImportFormat {
  CSV = 'CSV',
  NDJSON = 'NDJSON',
}

registerDescribedEnum(ImportFormat, 'ImportFormat', 'The format of the data to import.', {
  CSV: 'Comma-separated values with a header row, the columns of GET /export/<kind>.csv (people-only columns such as names and labels are ignored).',
  NDJSON:
    'One JSON object per line, shaped like the lines of GET /export/<kind>.ndjson, including actor roles and citations.',
});

@InputType('ImportRecordsInput', {
  description: 'Records of one kind to create or update by externalId.',
})
export class ImportRecordsInput {
  @Field(() => RecordKind, { description: 'The kind of every record in data.' })
  kind!: RecordKind;

  @Field(() => ImportFormat, { description: 'The format of data.' })
  format!: ImportFormat;

  @Field(() => String, {
    description: `The file's text, at most ${IMPORT_MAX_CHARACTERS.toLocaleString('en')} characters (the request body limit, MAX_BODY_BYTES, applies too). Every row needs an externalId. For larger files use the import command (npm run import).`,
  })
  data!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Validate and report without writing anything (everything is rolled back). Default false.',
  })
  dryRun!: boolean;
}

@ObjectType('ImportRejection', { description: 'A row that was not imported, and why.' })
export class ImportRejection {
  @Field(() => Int, {
    description: 'Line of data the row ends on (for CSV, the header is line 1).',
  })
  line!: number;

  @Field(() => String, { nullable: true, description: "The row's externalId, when it has one." })
  externalId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The column or field at fault, e.g. "type", "date.from", "placeExternalId"; null when the whole row is.',
  })
  field!: string | null;

  @Field(() => String, { description: 'Why the row was refused, written for people.' })
  message!: string;
}

@ObjectType('ImportRecordsPayload', {
  description:
    'What an import did. Rows are written in batches of 100, one transaction each, every row in its own savepoint: a rejected row writes nothing, and the other rows of its batch are written.',
})
export class ImportRecordsPayload {
  @Field(() => RecordKind, { description: 'The kind imported.' })
  kind!: RecordKind;

  @Field(() => Boolean, { description: 'True when nothing was written (dry run).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  processed!: number;

  @Field(() => Int, { description: 'Records created (none had this externalId).' })
  created!: number;

  @Field(() => Int, { description: 'Records changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Records that already held these values (nothing written).' })
  unchanged!: number;

  @Field(() => Int, {
    description: 'Actor roles and citations added; those already present are kept as they are.',
  })
  linksAdded!: number;

  @Field(() => Int, { description: 'Rows refused, in all.' })
  rejectedCount!: number;

  @Field(() => [ImportRejection], {
    description: `Why rows were refused, one entry per problem (a row may have several), at most ${IMPORT_MAX_REJECTIONS_LISTED}.`,
  })
  rejected!: ImportRejection[];
}
