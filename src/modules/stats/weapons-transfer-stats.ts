import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { columnKey, reportedCountOf, sumOf, yearKey } from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import {
  TransferStatus,
  WeaponCategory,
  WeaponsTransferEntity,
  WeaponsTransferFilter,
  weaponsTransferFilterSpec,
} from '../weapons-transfer';
import { actorKey } from './stats-keys';

export const WeaponsTransferStatsResolver = createStatsResolver({
  typeName: 'WeaponsTransfer',
  plural: 'weapons transfers',
  list: 'weaponsTransfers',
  filter: WeaponsTransferFilter,
  description:
    'Weapons transfer counts and quantities for charts, e.g. groupBy: [SUPPLIER, RECIPIENT]. One bucket per combination of key values that occurs. ' +
    'A transfer with several suppliers or recipients counts once in the bucket of each.',
  spec: {
    entity: WeaponsTransferEntity,
    alias: 'weaponsTransfer',
    filterSpec: weaponsTransferFilterSpec,
    keys: {
      YEAR: yearKey('reported', 'the report'),
      CATEGORY: columnKey('category', 'category', () => WeaponCategory, 'Weapon category.'),
      STATUS: columnKey('status', 'status', () => TransferStatus, 'What is known about it.'),
      SUPPLIER: actorKey(
        'supplier',
        'weaponsTransferId',
        ActorRoleKind.SUPPLIER,
        'Supplier (an actor in role SUPPLIER); null when none is recorded.',
      ),
      RECIPIENT: actorKey(
        'recipient',
        'weaponsTransferId',
        ActorRoleKind.RECIPIENT,
        'Recipient (an actor in role RECIPIENT); null when none is recorded.',
      ),
    },
    sums: {
      quantityLow: sumOf(
        'quantityLow',
        'Low estimates of the quantity, summed over the transfers that report one; null when none does.',
      ),
      quantityHigh: sumOf(
        'quantityHigh',
        'High estimates of the quantity, summed over the transfers that report one; null when none does.',
      ),
      quantityLowReported: reportedCountOf(
        'quantityLow',
        "How many of the bucket's transfers report a low estimate of the quantity.",
      ),
      quantityHighReported: reportedCountOf(
        'quantityHigh',
        "How many of the bucket's transfers report a high estimate of the quantity.",
      ),
    },
  },
});
