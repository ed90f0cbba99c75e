import { Field, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { IncidentEntity } from './incident.entity';
import { IncidentOutcome, IncidentType } from './incident.enums';

@ObjectType('Incident', {
  implements: Node,
  description: 'One event: an attack, attempt, foiled attack, scouting trip, smuggling run...',
})
export class Incident extends RecordType {
  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => IncidentType, { description: 'What kind of event it was.' })
  type!: IncidentType;

  @Field(() => IncidentOutcome, { description: 'How it ended.' })
  outcome!: IncidentOutcome;

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'When it happened, as precisely as reported.',
  })
  date!: FuzzyDate | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People killed; null when not reported (unknown is not zero).',
  })
  killed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'People injured; null when not reported (unknown is not zero).',
  })
  injured!: number | null;

  @Field(() => String, { nullable: true, description: 'What happened, in a few sentences.' })
  description!: string | null;

  @Field(() => Confidence, { description: 'How well established the incident is.' })
  confidence!: Confidence;

  placeId!: string | null;
  plotId!: string | null;
}

export const toIncident = (row: IncidentEntity): Incident =>
  Object.assign(new Incident(), recordFields('Incident', row, toGlobalId), {
    title: row.title,
    type: row.type,
    outcome: row.outcome,
    date: toFuzzyDate(row.date),
    killed: row.killed,
    injured: row.injured,
    description: row.description,
    confidence: row.confidence,
    placeId: row.placeId,
    plotId: row.plotId,
  });

export const IncidentConnection = createConnectionType(Incident, 'Incident', 'incidents');
