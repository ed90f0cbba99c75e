import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { SanctionListArgs } from './sanction.args';
import { SanctionEntity } from './sanction.entity';
import { sanctionFilterSpec, type SanctionFilter } from './sanction.filter';
import {
  DEFAULT_SANCTION_ORDER,
  sanctionSortKeys,
  type SanctionOrderField,
} from './sanction.order';
import { toSanction, type Sanction } from './sanction.type';

export const SANCTION_LIST: ListDefinition<
  SanctionEntity,
  SanctionFilter,
  SanctionOrderField,
  Sanction
> = {
  entity: SanctionEntity,
  alias: 'sanction',
  filterSpec: sanctionFilterSpec,
  sortKeys: sanctionSortKeys,
  defaultOrder: DEFAULT_SANCTION_ORDER,
  toNode: toSanction,
};

export class SanctionService {
  /** A page of live (not deleted) sanctions. */
  list(manager: EntityManager, args: SanctionListArgs): Promise<Page<Sanction>> {
    return listRecords(manager, SANCTION_LIST, args);
  }
}
