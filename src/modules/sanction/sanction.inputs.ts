import { ArrayMaxSize, MaxLength, MinLength, ValidateNested } from 'class-validator';
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
import { SanctionMeasure, SanctionStatus } from './sanction.enums';

@InputType('SanctionFields', { description: 'Writable fields of a sanction.' })
export class SanctionFields {
  @Field(() => String, { description: `Short title (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: `Sanctions regime or programme (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  regime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Legal reference (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  legalReference?: string | null;

  @Field(() => [SanctionMeasure], {
    nullable: true,
    description: `Measures imposed (at most ${LIST_MAX}).`,
  })
  @ArrayMaxSize(LIST_MAX)
  measures?: SanctionMeasure[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Stated reason (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  reason?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was imposed.' })
  @ValidateNested()
  imposed?: FuzzyDateInput | null;

  @Field(() => FuzzyDateInput, {
    nullable: true,
    description: 'When it was lifted or expired; not before imposed.',
  })
  @ValidateNested()
  lifted?: FuzzyDateInput | null;

  @Field(() => SanctionStatus, { description: 'Whether it is in force.' })
  status!: SanctionStatus;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Plot it responds to.' })
  plotId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the WeaponsTransfer it responds to.',
  })
  weaponsTransferId?: string | null;

  @Field(() => String, { nullable: true, description: `Details (at most ${TEXT_MAX} characters).` })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Confidence, { description: 'How well established the sanction is.' })
  confidence!: Confidence;
}

export const SanctionInputs = createRecordInputTypes(SanctionFields, 'Sanction', 'sanction');

export const SANCTION_COLUMNS: ColumnMap = {
  title: asIs,
  regime: asIs,
  legalReference: asIs,
  measures: list,
  reason: asIs,
  imposed: fuzzyDate,
  lifted: fuzzyDate,
  status: asIs,
  plotId: reference('Plot'),
  weaponsTransferId: reference('WeaponsTransfer'),
  description: asIs,
  confidence: asIs,
};
