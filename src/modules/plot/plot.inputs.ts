import { ArrayMaxSize, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { CountryCodeScalar } from '../../graphql/scalars';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { LIST_MAX, NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import { asIs, fuzzyDate, list, type ColumnMap } from '../../shared/record-write/input-columns';
import { PlotStatus, TargetKind } from './plot.enums';

@InputType('PlotFields', { description: 'Writable fields of a plot.' })
export class PlotFields {
  @Field(() => String, { description: `Name of the case (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `Codename (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  codename?: string | null;

  @Field(() => String, { description: `What the plot was (1 to ${TEXT_MAX} characters).` })
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  summary!: string;

  @Field(() => PlotStatus, { description: 'How far the plot got.' })
  status!: PlotStatus;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When the plot was active.' })
  @ValidateNested()
  period?: FuzzyDateInput | null;

  @Field(() => [TargetKind], {
    nullable: true,
    description: `Kinds of target (at most ${LIST_MAX}); null or left out on create: none.`,
  })
  @ArrayMaxSize(LIST_MAX)
  targetKinds?: TargetKind[] | null;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: `Countries where targets were, ISO 3166-1 alpha-2 (at most ${LIST_MAX}).`,
  })
  @ArrayMaxSize(LIST_MAX)
  targetCountries?: string[] | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When the plot was made public.' })
  @ValidateNested()
  disclosed?: FuzzyDateInput | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many plots this record stands for, when reported only as a count (1 to 100000).',
  })
  @Min(1)
  @Max(100_000)
  aggregateCount?: number | null;

  @Field(() => Confidence, { description: 'How well established the plot is.' })
  confidence!: Confidence;
}

export const PlotInputs = createRecordInputTypes(PlotFields, 'Plot', 'plot');

export const PLOT_COLUMNS: ColumnMap = {
  name: asIs,
  codename: asIs,
  summary: asIs,
  status: asIs,
  period: fuzzyDate,
  targetKinds: list,
  targetCountries: list,
  disclosed: fuzzyDate,
  aggregateCount: asIs,
  confidence: asIs,
};
