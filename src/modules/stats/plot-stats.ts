import { Int } from 'type-graphql';

import { CountryCodeScalar } from '../../graphql/scalars';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { columnKey, elementKey, startYearKey } from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import { PlotEntity, PlotFilter, plotFilterSpec, PlotStatus, TargetKind } from '../plot';
import { actorKey, confidenceKey } from './stats-keys';

export const PlotStatsResolver = createStatsResolver({
  typeName: 'Plot',
  plural: 'plots',
  list: 'plots',
  filter: PlotFilter,
  description:
    'Plot counts for charts, e.g. groupBy: [YEAR, TARGET_COUNTRY]. One bucket per combination of key values that occurs. ' +
    'A plot with several sponsors, target countries or target kinds counts once in the bucket of each, so buckets may add up to more than the plots there are. ' +
    'Records standing for several plots (aggregateCount) count once in count and as their aggregateCount in plotsRepresented.',
  spec: {
    entity: PlotEntity,
    alias: 'plot',
    filterSpec: plotFilterSpec,
    keys: {
      YEAR: startYearKey('period', "the plot's period"),
      STATUS: columnKey('status', 'status', () => PlotStatus, 'How far the plot got.'),
      CONFIDENCE: confidenceKey('the plot'),
      SPONSOR: actorKey(
        'sponsor',
        'plotId',
        ActorRoleKind.SPONSOR,
        'Sponsor of the plot (an actor in role SPONSOR); null when none is recorded.',
      ),
      TARGET_COUNTRY: elementKey(
        'targetCountries',
        'targetCountry',
        () => CountryCodeScalar,
        'A country where targets were (ISO 3166-1 alpha-2). A plot with two target countries counts once in each; null when none is recorded.',
      ),
      TARGET_KIND: elementKey(
        'targetKinds',
        'targetKind',
        () => TargetKind,
        'A kind of target. A plot with two target kinds counts once in each; null when none is recorded.',
      ),
    },
    sums: {
      plotsRepresented: {
        type: () => Int,
        nullable: false,
        description:
          'Plots the bucket stands for: a record reported only as a count ("at least 20 plots") counts as its aggregateCount, any other as 1.',
        sql: (alias) => `sum(coalesce("${alias}"."aggregateCount", 1))::int`,
      },
    },
  },
});
