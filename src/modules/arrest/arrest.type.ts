import { Field, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { ArrestEntity } from './arrest.entity';
import { CustodyOutcome } from './arrest.enums';

@ObjectType('Arrest', {
  implements: Node,
  description:
    'An arrest or charging of a person (actors with role ARRESTED_PERSON) by an authority (ARRESTING_AUTHORITY).',
})
export class Arrest extends RecordType {
  @Field(() => FuzzyDate, { nullable: true, description: 'When the arrest or charging happened.' })
  date!: FuzzyDate | null;

  @Field(() => [String], { description: 'Charges as reported, in English.' })
  charges!: string[];

  @Field(() => CustodyOutcome, { description: 'What happened to the person next.' })
  custodyOutcome!: CustodyOutcome;

  @Field(() => String, { nullable: true, description: 'Details, in a few sentences.' })
  description!: string | null;

  @Field(() => Confidence, { description: 'How well established the arrest is.' })
  confidence!: Confidence;

  placeId!: string | null;
  plotId!: string | null;
  incidentId!: string | null;
}

export const toArrest = (row: ArrestEntity): Arrest =>
  Object.assign(new Arrest(), recordFields('Arrest', row, toGlobalId), {
    date: toFuzzyDate(row.date),
    charges: row.charges,
    custodyOutcome: row.custodyOutcome,
    description: row.description,
    confidence: row.confidence,
    placeId: row.placeId,
    plotId: row.plotId,
    incidentId: row.incidentId,
  });

export const ArrestConnection = createConnectionType(Arrest, 'Arrest', 'arrests');
