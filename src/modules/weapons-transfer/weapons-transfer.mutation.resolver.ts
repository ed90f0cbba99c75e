import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { assertLowHigh } from '../../shared/record-write/rules';
import { WeaponsTransferEntity } from './weapons-transfer.entity';
import { WEAPONS_TRANSFER_COLUMNS, WeaponsTransferInputs } from './weapons-transfer.inputs';
import { toWeaponsTransfer, WeaponsTransfer } from './weapons-transfer.type';

export const WeaponsTransferMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'WeaponsTransfer',
    label: 'weapons transfer',
    entity: WeaponsTransferEntity,
    check: (_tx, row) =>
      assertLowHigh(
        row.quantityLow,
        row.quantityHigh,
        'input.quantityHigh',
        'quantityHigh is below quantityLow.',
      ),
  },
  NodeClass: WeaponsTransfer,
  toNode: toWeaponsTransfer,
  fieldName: 'weaponsTransfer',
  inputs: WeaponsTransferInputs,
  columns: WEAPONS_TRANSFER_COLUMNS,
});
