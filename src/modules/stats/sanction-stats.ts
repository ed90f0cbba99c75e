import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { columnKey, elementKey, yearKey } from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import {
  SanctionEntity,
  SanctionFilter,
  sanctionFilterSpec,
  SanctionMeasure,
  SanctionStatus,
} from '../sanction';
import { actorKey } from './stats-keys';

export const SanctionStatsResolver = createStatsResolver({
  typeName: 'Sanction',
  plural: 'sanctions',
  list: 'sanctions',
  filter: SanctionFilter,
  description:
    'Sanction counts for charts, e.g. groupBy: [YEAR, IMPOSING_AUTHORITY]. One bucket per combination of key values that occurs. ' +
    'A sanction with several measures or imposing authorities counts once in the bucket of each.',
  spec: {
    entity: SanctionEntity,
    alias: 'sanction',
    filterSpec: sanctionFilterSpec,
    keys: {
      YEAR: yearKey('imposed', 'the imposition'),
      STATUS: columnKey('status', 'status', () => SanctionStatus, 'Whether it is in force.'),
      IMPOSING_AUTHORITY: actorKey(
        'imposingAuthority',
        'sanctionId',
        ActorRoleKind.IMPOSING_AUTHORITY,
        'Who imposed the sanction (an actor in role IMPOSING_AUTHORITY); null when none is recorded.',
      ),
      MEASURE: elementKey(
        'measures',
        'measure',
        () => SanctionMeasure,
        'A restrictive measure. A sanction with two measures counts once in each; null when none is recorded.',
      ),
    },
    sums: {},
  },
});
