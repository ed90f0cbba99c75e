import { columnKey, monthKey, yearKey } from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import { ArrestEntity, ArrestFilter, arrestFilterSpec, CustodyOutcome } from '../arrest';
import { confidenceKey, placeCountryKey } from './stats-keys';

export const ArrestStatsResolver = createStatsResolver({
  typeName: 'Arrest',
  plural: 'arrests',
  list: 'arrests',
  filter: ArrestFilter,
  description:
    'Arrest counts for charts, e.g. groupBy: [YEAR, COUNTRY]. One bucket per combination of key values that occurs. ' +
    'Uncertain dates are bucketed by precision: an arrest known only to the year lands in that year with month null.',
  spec: {
    entity: ArrestEntity,
    alias: 'arrest',
    filterSpec: arrestFilterSpec,
    keys: {
      YEAR: yearKey('date', 'the arrest'),
      MONTH: monthKey('date', 'the arrest'),
      COUNTRY: placeCountryKey('the arrest'),
      CUSTODY_OUTCOME: columnKey(
        'custodyOutcome',
        'custodyOutcome',
        () => CustodyOutcome,
        'What happened to the arrested person.',
      ),
      CONFIDENCE: confidenceKey('the arrest'),
    },
    sums: {},
  },
});
