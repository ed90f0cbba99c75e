import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byText } from '../../shared/orderings';
import { PlaceEntity } from './place.entity';
import { toPlace, type Place } from './place.type';

const DEFAULT_ORDERING = byText<PlaceEntity>('place', 'name', 'ASC');

export class PlaceService {
  /** A page of live (not deleted) places. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Place>> {
    const query = manager.createQueryBuilder(PlaceEntity, 'place');
    return paginate(query, args, DEFAULT_ORDERING, toPlace);
  }
}
