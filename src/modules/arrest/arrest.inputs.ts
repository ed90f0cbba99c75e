import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { LIST_MAX, NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import {
  asIs,
  fuzzyDate,
  list,
  reference,
  type ColumnMap,
} from '../../shared/record-write/input-columns';
import { CustodyOutcome } from './arrest.enums';

@InputType('ArrestFields', { description: 'Writable fields of an arrest.' })
export class ArrestFields {
  @Field(() => FuzzyDateInput, { nullable: true, description: 'When the arrest happened.' })
  @ValidateNested()
  date?: FuzzyDateInput | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Place of the arrest.' })
  placeId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Charges as reported, in English (at most ${LIST_MAX}, each at most ${NAME_MAX} characters).`,
  })
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(NAME_MAX, { each: true })
  charges?: string[] | null;

  @Field(() => CustodyOutcome, { description: 'What happened to the person next.' })
  custodyOutcome!: CustodyOutcome;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Plot it relates to.' })
  plotId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Incident it relates to.' })
  incidentId?: string | null;

  @Field(() => String, { nullable: true, description: `Details (at most ${TEXT_MAX} characters).` })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Confidence, { description: 'How well established the arrest is.' })
  confidence!: Confidence;
}

export const ArrestInputs = createRecordInputTypes(ArrestFields, 'Arrest', 'arrest');

export const ARREST_COLUMNS: ColumnMap = {
  date: fuzzyDate,
  placeId: reference('Place'),
  charges: list,
  custodyOutcome: asIs,
  plotId: reference('Plot'),
  incidentId: reference('Incident'),
  description: asIs,
  confidence: asIs,
};
