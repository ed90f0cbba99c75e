import { Field, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { CountryCodeScalar } from '../../graphql/scalars';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { PlotEntity } from './plot.entity';
import { PlotStatus, TargetKind } from './plot.enums';

@ObjectType('Plot', {
  implements: Node,
  description:
    'A conspiracy, operation or case, which may group many incidents, arrests and sentences.',
})
export class Plot extends RecordType {
  @Field(() => String, { description: 'Name of the case, e.g. "2018 Villepinte bomb plot".' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Codename given by investigators, e.g. "Marco Polo".',
  })
  codename!: string | null;

  @Field(() => String, { description: 'What the plot was, in a few sentences.' })
  summary!: string;

  @Field(() => PlotStatus, { description: 'How far the plot got.' })
  status!: PlotStatus;

  @Field(() => FuzzyDate, { nullable: true, description: 'When the plot was active.' })
  period!: FuzzyDate | null;

  @Field(() => [TargetKind], { description: 'Kinds of target.' })
  targetKinds!: TargetKind[];

  @Field(() => [CountryCodeScalar], {
    description: 'Countries where targets were (ISO 3166-1 alpha-2).',
  })
  targetCountries!: string[];

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'When the plot was made public (who disclosed it: actors with role DISCLOSER).',
  })
  disclosed!: FuzzyDate | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'When this record stands for several plots reported only as a count ("at least 20 plots"), that count; null for a single plot.',
  })
  aggregateCount!: number | null;

  @Field(() => Confidence, { description: 'How well established the plot is.' })
  confidence!: Confidence;
}

export const toPlot = (row: PlotEntity): Plot =>
  Object.assign(new Plot(), recordFields('Plot', row, toGlobalId), {
    name: row.name,
    codename: row.codename,
    summary: row.summary,
    status: row.status,
    period: toFuzzyDate(row.period),
    targetKinds: row.targetKinds,
    targetCountries: row.targetCountries,
    disclosed: toFuzzyDate(row.disclosed),
    aggregateCount: row.aggregateCount,
    confidence: row.confidence,
  });

export const PlotConnection = createConnectionType(Plot, 'Plot', 'plots');
