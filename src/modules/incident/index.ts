export { IncidentEntity } from './incident.entity';
export * from './incident.enums';
export { IncidentResolver } from './incident.resolver';
export { Incident, IncidentConnection, toIncident } from './incident.type';
export { IncidentMutationResolver } from './incident.mutation.resolver';
