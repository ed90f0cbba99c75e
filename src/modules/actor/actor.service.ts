import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byText } from '../../shared/orderings';
import { ActorEntity } from './actor.entity';
import { toActor, type Actor } from './actor.type';

const DEFAULT_ORDERING = byText<ActorEntity>('actor', 'name', 'ASC');

export class ActorService {
  /** A page of live (not deleted) actors. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Actor>> {
    const query = manager.createQueryBuilder(ActorEntity, 'actor');
    return paginate(query, args, DEFAULT_ORDERING, toActor);
  }
}
