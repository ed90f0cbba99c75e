import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { IncidentListArgs } from './incident.args';
import { IncidentEntity } from './incident.entity';
import { incidentFilterSpec, type IncidentFilter } from './incident.filter';
import {
  DEFAULT_INCIDENT_ORDER,
  incidentSortKeys,
  type IncidentOrderField,
} from './incident.order';
import { toIncident, type Incident } from './incident.type';

export const INCIDENT_LIST: ListDefinition<
  IncidentEntity,
  IncidentFilter,
  IncidentOrderField,
  Incident
> = {
  entity: IncidentEntity,
  alias: 'incident',
  filterSpec: incidentFilterSpec,
  sortKeys: incidentSortKeys,
  defaultOrder: DEFAULT_INCIDENT_ORDER,
  toNode: toIncident,
};

export class IncidentService {
  /** A page of live (not deleted) incidents. */
  list(manager: EntityManager, args: IncidentListArgs): Promise<Page<Incident>> {
    return listRecords(manager, INCIDENT_LIST, args);
  }
}
