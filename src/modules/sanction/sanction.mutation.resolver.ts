import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { assertDateNotBefore } from '../../shared/record-write/rules';
import { PlotEntity } from '../plot';
import { WeaponsTransferEntity } from '../weapons-transfer';
import { SanctionEntity } from './sanction.entity';
import { SANCTION_COLUMNS, SanctionInputs } from './sanction.inputs';
import { Sanction, toSanction } from './sanction.type';

export const SanctionMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Sanction',
    label: 'sanction',
    entity: SanctionEntity,
    references: { plotId: PlotEntity, weaponsTransferId: WeaponsTransferEntity },
    check: (_tx, row) =>
      assertDateNotBefore(
        row.imposed,
        row.lifted,
        'input.lifted',
        'The sanction is lifted before it was imposed.',
      ),
  },
  NodeClass: Sanction,
  toNode: toSanction,
  fieldName: 'sanction',
  inputs: SanctionInputs,
  columns: SANCTION_COLUMNS,
});
