export { IncidentEntity } from './incident.entity';
export * from './incident.enums';
export { IncidentResolver } from './incident.resolver';
export { Incident, IncidentConnection, toIncident } from './incident.type';
export { IncidentFilter, incidentFilterSpec, IncidentListFilter } from './incident.filter';
export { IncidentConnectionArgs } from './incident.args';
export { INCIDENT_LIST } from './incident.service';
export { IncidentMutationResolver } from './incident.mutation.resolver';
