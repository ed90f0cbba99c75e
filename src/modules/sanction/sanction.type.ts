import { Field, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { SanctionEntity } from './sanction.entity';
import { SanctionMeasure, SanctionStatus } from './sanction.enums';

@ObjectType('Sanction', {
  implements: Node,
  description:
    'A restrictive measure imposed by an authority (role IMPOSING_AUTHORITY) on a party (role SANCTIONED_PARTY).',
})
export class Sanction extends RecordType {
  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sanctions regime or programme, e.g. "EU Iran (human rights) regime".',
  })
  regime!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Legal reference, e.g. a Council decision or executive order number.',
  })
  legalReference!: string | null;

  @Field(() => [SanctionMeasure], { description: 'Measures imposed.' })
  measures!: SanctionMeasure[];

  @Field(() => String, { nullable: true, description: 'Stated reason.' })
  reason!: string | null;

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'When it was imposed (or announced, for a proposed sanction).',
  })
  imposed!: FuzzyDate | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'When it was lifted or expired.' })
  lifted!: FuzzyDate | null;

  @Field(() => SanctionStatus, { description: 'Whether it is in force.' })
  status!: SanctionStatus;

  @Field(() => String, { nullable: true, description: 'Details, in a few sentences.' })
  description!: string | null;

  @Field(() => Confidence, { description: 'How well established the sanction is.' })
  confidence!: Confidence;

  plotId!: string | null;
  weaponsTransferId!: string | null;
}

export const toSanction = (row: SanctionEntity): Sanction =>
  Object.assign(new Sanction(), recordFields('Sanction', row, toGlobalId), {
    title: row.title,
    regime: row.regime,
    legalReference: row.legalReference,
    measures: row.measures,
    reason: row.reason,
    imposed: toFuzzyDate(row.imposed),
    lifted: toFuzzyDate(row.lifted),
    status: row.status,
    description: row.description,
    confidence: row.confidence,
    plotId: row.plotId,
    weaponsTransferId: row.weaponsTransferId,
  });

export const SanctionConnection = createConnectionType(Sanction, 'Sanction', 'sanctions');
