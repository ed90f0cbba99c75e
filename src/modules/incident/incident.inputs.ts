import { Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import {
  asIs,
  fuzzyDate,
  reference,
  type ColumnMap,
} from '../../shared/record-write/input-columns';
import { IncidentOutcome, IncidentType } from './incident.enums';

const COUNT_MAX = 1_000_000;

@InputType('IncidentFields', { description: 'Writable fields of an incident.' })
export class IncidentFields {
  @Field(() => String, { description: `Short title (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  title!: string;

  @Field(() => IncidentType, { description: 'What kind of event it was.' })
  type!: IncidentType;

  @Field(() => IncidentOutcome, { description: 'How it ended.' })
  outcome!: IncidentOutcome;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it happened.' })
  @ValidateNested()
  date?: FuzzyDateInput | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Place where it happened.' })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Plot it belongs to.' })
  plotId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `People killed (0 to ${COUNT_MAX}); null when not reported: unknown is not zero.`,
  })
  @Min(0)
  @Max(COUNT_MAX)
  killed?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `People injured (0 to ${COUNT_MAX}); null when not reported.`,
  })
  @Min(0)
  @Max(COUNT_MAX)
  injured?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `What happened (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Confidence, { description: 'How well established the incident is.' })
  confidence!: Confidence;
}

export const IncidentInputs = createRecordInputTypes(IncidentFields, 'Incident', 'incident');

export const INCIDENT_COLUMNS: ColumnMap = {
  title: asIs,
  type: asIs,
  outcome: asIs,
  date: fuzzyDate,
  placeId: reference('Place'),
  plotId: reference('Plot'),
  killed: asIs,
  injured: asIs,
  description: asIs,
  confidence: asIs,
};
