import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { ActorListArgs } from './actor.args';
import { ActorEntity } from './actor.entity';
import { actorFilterSpec, type ActorFilter } from './actor.filter';
import { DEFAULT_ACTOR_ORDER, actorSortKeys, type ActorOrderField } from './actor.order';
import { toActor, type Actor } from './actor.type';

export const ACTOR_LIST: ListDefinition<ActorEntity, ActorFilter, ActorOrderField, Actor> = {
  entity: ActorEntity,
  alias: 'actor',
  filterSpec: actorFilterSpec,
  sortKeys: actorSortKeys,
  defaultOrder: DEFAULT_ACTOR_ORDER,
  toNode: toActor,
};

export class ActorService {
  /** A page of live (not deleted) actors. */
  list(manager: EntityManager, args: ActorListArgs): Promise<Page<Actor>> {
    return listRecords(manager, ACTOR_LIST, args);
  }
}
