import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { PlaceListArgs } from './place.args';
import { PlaceEntity } from './place.entity';
import { placeFilterSpec, type PlaceFilter } from './place.filter';
import { DEFAULT_PLACE_ORDER, placeSortKeys, type PlaceOrderField } from './place.order';
import { toPlace, type Place } from './place.type';

export const PLACE_LIST: ListDefinition<PlaceEntity, PlaceFilter, PlaceOrderField, Place> = {
  entity: PlaceEntity,
  alias: 'place',
  filterSpec: placeFilterSpec,
  sortKeys: placeSortKeys,
  defaultOrder: DEFAULT_PLACE_ORDER,
  toNode: toPlace,
};

export class PlaceService {
  /** A page of live (not deleted) places. */
  list(manager: EntityManager, args: PlaceListArgs): Promise<Page<Place>> {
    return listRecords(manager, PLACE_LIST, args);
  }
}
