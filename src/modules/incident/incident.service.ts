import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { IncidentEntity } from './incident.entity';
import { toIncident, type Incident } from './incident.type';

const DEFAULT_ORDERING = byFuzzyDateStart<IncidentEntity>('incident', 'date', 'DESC');

export class IncidentService {
  /** A page of live (not deleted) incidents. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Incident>> {
    const query = manager.createQueryBuilder(IncidentEntity, 'incident');
    return paginate(query, args, DEFAULT_ORDERING, toIncident);
  }
}
