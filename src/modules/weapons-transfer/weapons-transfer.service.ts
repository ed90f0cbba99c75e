import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { WeaponsTransferEntity } from './weapons-transfer.entity';
import { toWeaponsTransfer, type WeaponsTransfer } from './weapons-transfer.type';

const DEFAULT_ORDERING = byFuzzyDateStart<WeaponsTransferEntity>(
  'weaponsTransfer',
  'reported',
  'DESC',
);

export class WeaponsTransferService {
  /** A page of live (not deleted) weaponsTransfers. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<WeaponsTransfer>> {
    const query = manager.createQueryBuilder(WeaponsTransferEntity, 'weaponsTransfer');
    return paginate(query, args, DEFAULT_ORDERING, toWeaponsTransfer);
  }
}
