import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { WeaponsTransferListArgs } from './weapons-transfer.args';
import { WeaponsTransferEntity } from './weapons-transfer.entity';
import { weaponsTransferFilterSpec, type WeaponsTransferFilter } from './weapons-transfer.filter';
import {
  DEFAULT_WEAPONS_TRANSFER_ORDER,
  weaponsTransferSortKeys,
  type WeaponsTransferOrderField,
} from './weapons-transfer.order';
import { toWeaponsTransfer, type WeaponsTransfer } from './weapons-transfer.type';

export const WEAPONS_TRANSFER_LIST: ListDefinition<
  WeaponsTransferEntity,
  WeaponsTransferFilter,
  WeaponsTransferOrderField,
  WeaponsTransfer
> = {
  entity: WeaponsTransferEntity,
  alias: 'weaponsTransfer',
  filterSpec: weaponsTransferFilterSpec,
  sortKeys: weaponsTransferSortKeys,
  defaultOrder: DEFAULT_WEAPONS_TRANSFER_ORDER,
  toNode: toWeaponsTransfer,
};

export class WeaponsTransferService {
  /** A page of live (not deleted) weapons transfers. */
  list(manager: EntityManager, args: WeaponsTransferListArgs): Promise<Page<WeaponsTransfer>> {
    return listRecords(manager, WEAPONS_TRANSFER_LIST, args);
  }
}
