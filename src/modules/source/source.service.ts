import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { SourceEntity } from './source.entity';
import { toSource, type Source } from './source.type';

const DEFAULT_ORDERING = byFuzzyDateStart<SourceEntity>('source', 'published', 'DESC');

export class SourceService {
  /** A page of live (not deleted) sources. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Source>> {
    const query = manager.createQueryBuilder(SourceEntity, 'source');
    return paginate(query, args, DEFAULT_ORDERING, toSource);
  }
}
