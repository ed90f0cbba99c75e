import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { SanctionEntity } from './sanction.entity';
import { toSanction, type Sanction } from './sanction.type';

const DEFAULT_ORDERING = byFuzzyDateStart<SanctionEntity>('sanction', 'imposed', 'DESC');

export class SanctionService {
  /** A page of live (not deleted) sanctions. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Sanction>> {
    const query = manager.createQueryBuilder(SanctionEntity, 'sanction');
    return paginate(query, args, DEFAULT_ORDERING, toSanction);
  }
}
