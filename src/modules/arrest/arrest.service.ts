import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { ArrestEntity } from './arrest.entity';
import { toArrest, type Arrest } from './arrest.type';

const DEFAULT_ORDERING = byFuzzyDateStart<ArrestEntity>('arrest', 'date', 'DESC');

export class ArrestService {
  /** A page of live (not deleted) arrests. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Arrest>> {
    const query = manager.createQueryBuilder(ArrestEntity, 'arrest');
    return paginate(query, args, DEFAULT_ORDERING, toArrest);
  }
}
