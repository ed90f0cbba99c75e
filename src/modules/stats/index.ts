export { ArrestStatsResolver } from './arrest-stats';
export { IncidentStatsResolver } from './incident-stats';
export { PlotStatsResolver } from './plot-stats';
export { SanctionStatsResolver } from './sanction-stats';
export { SentenceStatsResolver } from './sentence-stats';
export { WeaponsTransferStatsResolver } from './weapons-transfer-stats';
export { INCIDENT_STATS_SPEC } from './incident-stats';
