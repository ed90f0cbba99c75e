import {
  relatedColumnFilter,
  type StatsRollup,
  type StatsRollupFilter,
} from '../../shared/stats/stats-rollup';
import { incidentFilterSpec } from '../incident';
import { placeFilterSpec } from '../place';

const own = (key: string, compile: StatsRollupFilter['compile'] | undefined): StatsRollupFilter => {
  if (!compile) {
    throw new Error(`incident filter for ${key} is missing`);
  }
  return { keys: [key], compile };
};

const total = (column: string) => (alias: string) => `sum("${alias}"."${column}")::int`;

/**
 * incidentStats' rollup (table incident_stats_rollup, kept by the triggers of migration
 * incident-stats-rollup). `columns` is the GROUPING() order and `sets` the grouping sets of that
 * migration: change them only together with a migration that rebuilds the table.
 */
export const INCIDENT_STATS_ROLLUP: StatsRollup = {
  table: 'incident_stats_rollup',
  columns: {
    YEAR: 'year',
    MONTH: 'month',
    COUNTRY: 'countryCode',
    TYPE: 'type',
    OUTCOME: 'outcome',
    CONFIDENCE: 'confidence',
  },
  // Smallest first on the 1M bench dataset (about 9,000, 9,000, 19,000 and 49,000 rows).
  sets: [
    ['YEAR', 'MONTH', 'TYPE'],
    ['YEAR', 'COUNTRY'],
    ['YEAR', 'TYPE', 'OUTCOME', 'CONFIDENCE'],
    ['COUNTRY', 'TYPE', 'OUTCOME', 'CONFIDENCE'],
  ],
  // The rollup columns carry the incident's column names, so its own filters apply unchanged.
  filters: {
    type: own('TYPE', incidentFilterSpec.type),
    outcome: own('OUTCOME', incidentFilterSpec.outcome),
    confidence: own('CONFIDENCE', incidentFilterSpec.confidence),
    place: relatedColumnFilter(
      'COUNTRY',
      'countryCode',
      'countryCode',
      own('COUNTRY', placeFilterSpec.countryCode).compile,
    ),
  },
  count: total('count'),
  // The rollup keeps 0 for "no incident reports a figure"; the live sum is null then.
  sums: {
    killed: (alias) =>
      `CASE WHEN sum("${alias}"."killedReported") > 0 THEN sum("${alias}"."killed")::int END`,
    killedReported: total('killedReported'),
    injured: (alias) =>
      `CASE WHEN sum("${alias}"."injuredReported") > 0 THEN sum("${alias}"."injured")::int END`,
    injuredReported: total('injuredReported'),
  },
};
