import { IsISO6391, IsUrl, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import { asIs, fuzzyDate, type ColumnMap } from '../../shared/record-write/input-columns';
import { SourceKind } from './source.enums';

const URL_MAX = 2000;

@InputType('SourceFields', { description: 'Writable fields of a source.' })
export class SourceFields {
  @Field(() => String, {
    description: `Who published it, e.g. "AFP" (1 to ${NAME_MAX} characters).`,
  })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  publisher!: string;

  @Field(() => String, { description: `Title (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: `Web address, http or https (at most ${URL_MAX} characters); unique across sources.`,
  })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(URL_MAX)
  url?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was published.' })
  @ValidateNested()
  published?: FuzzyDateInput | null;

  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  kind!: SourceKind;

  @Field(() => String, { description: 'Language, ISO 639-1 (e.g. "en", "fr").' })
  @IsISO6391()
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: `Notes on the source (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  description?: string | null;
}

export const SourceInputs = createRecordInputTypes(SourceFields, 'Source', 'source');

export const SOURCE_COLUMNS: ColumnMap = {
  publisher: asIs,
  title: asIs,
  url: asIs,
  published: fuzzyDate,
  kind: asIs,
  language: asIs,
  description: asIs,
};
