import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition, type ListSelection } from '../../shared/list';
import { PlaceEntity } from '../place/place.entity';
import { PlotEntity } from '../plot/plot.entity';
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
  joins: [
    { field: 'place', entity: PlaceEntity, foreignKey: 'placeId' },
    { field: 'plot', entity: PlotEntity, foreignKey: 'plotId' },
  ],
};

export class IncidentService {
  /** A page of live (not deleted) incidents, read as the query's selection asks. */
  list(
    manager: EntityManager,
    args: IncidentListArgs,
    selection?: ListSelection,
  ): Promise<Page<Incident>> {
    return listRecords(manager, INCIDENT_LIST, args, selection);
  }
}
