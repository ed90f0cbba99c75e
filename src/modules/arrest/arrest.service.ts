import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { ArrestListArgs } from './arrest.args';
import { ArrestEntity } from './arrest.entity';
import { arrestFilterSpec, type ArrestFilter } from './arrest.filter';
import { DEFAULT_ARREST_ORDER, arrestSortKeys, type ArrestOrderField } from './arrest.order';
import { toArrest, type Arrest } from './arrest.type';

export const ARREST_LIST: ListDefinition<ArrestEntity, ArrestFilter, ArrestOrderField, Arrest> = {
  entity: ArrestEntity,
  alias: 'arrest',
  filterSpec: arrestFilterSpec,
  sortKeys: arrestSortKeys,
  defaultOrder: DEFAULT_ARREST_ORDER,
  toNode: toArrest,
};

export class ArrestService {
  /** A page of live (not deleted) arrests. */
  list(manager: EntityManager, args: ArrestListArgs): Promise<Page<Arrest>> {
    return listRecords(manager, ARREST_LIST, args);
  }
}
