import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import {
  columnKey,
  monthKey,
  reportedCountOf,
  sumOf,
  yearKey,
} from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import type { StatsSpec } from '../../shared/stats/stats-spec';
import {
  IncidentEntity,
  IncidentFilter,
  incidentFilterSpec,
  IncidentOutcome,
  IncidentType,
} from '../incident';
import { INCIDENT_STATS_ROLLUP } from './incident-stats-rollup';
import { actorKey, confidenceKey, placeCountryKey, plotKey } from './stats-keys';

export const INCIDENT_STATS_SPEC: StatsSpec<IncidentEntity, IncidentFilter> = {
  entity: IncidentEntity,
  alias: 'incident',
  filterSpec: incidentFilterSpec,
  keys: {
    YEAR: yearKey('date', 'the incident'),
    MONTH: monthKey('date', 'the incident'),
    COUNTRY: placeCountryKey('the incident'),
    TYPE: columnKey('type', 'type', () => IncidentType, 'Kind of event.'),
    OUTCOME: columnKey('outcome', 'outcome', () => IncidentOutcome, 'How the event ended.'),
    CONFIDENCE: confidenceKey('the incident'),
    SPONSOR: actorKey(
      'sponsor',
      'incidentId',
      ActorRoleKind.SPONSOR,
      'Sponsor of the incident: an actor in role SPONSOR on the incident itself or, when the incident has none, on its plot; null when neither has one.',
      { foreignKey: 'plotId', table: 'plots', subjectColumn: 'plotId' },
    ),
    PLOT: plotKey('the incident'),
  },
  sums: {
    killed: sumOf(
      'killed',
      'People killed, summed over the incidents that report a number; null when none does (unknown is not zero: see killedReported).',
    ),
    killedReported: reportedCountOf(
      'killed',
      "How many of the bucket's incidents report a number of people killed (zero included).",
    ),
    injured: sumOf(
      'injured',
      'People injured, summed over the incidents that report a number; null when none does (see injuredReported).',
    ),
    injuredReported: reportedCountOf(
      'injured',
      "How many of the bucket's incidents report a number of people injured (zero included).",
    ),
  },
  rollup: INCIDENT_STATS_ROLLUP,
};

export const IncidentStatsResolver = createStatsResolver({
  typeName: 'Incident',
  plural: 'incidents',
  list: 'incidents',
  filter: IncidentFilter,
  description:
    'Incident counts, deaths and injuries for charts, e.g. groupBy: [YEAR, COUNTRY]. One bucket per combination of key values that occurs. ' +
    'Uncertain dates are bucketed by precision: an incident known only to the year 2018 lands in { year: 2018, month: null }, one that may fall in several years in year null. ' +
    "SPONSOR is the incident's own sponsor (actor in role SPONSOR), or, when it has none, its plot's.",
  spec: INCIDENT_STATS_SPEC,
});
