export { WeaponsTransferEntity } from './weapons-transfer.entity';
export * from './weapons-transfer.enums';
export { WeaponsTransferResolver } from './weapons-transfer.resolver';
export {
  WeaponsTransfer,
  WeaponsTransferConnection,
  toWeaponsTransfer,
} from './weapons-transfer.type';
export { WeaponsTransferFilter, weaponsTransferFilterSpec } from './weapons-transfer.filter';
export { WeaponsTransferConnectionArgs } from './weapons-transfer.args';
export { WEAPONS_TRANSFER_LIST } from './weapons-transfer.service';
export { WeaponsTransferMutationResolver } from './weapons-transfer.mutation.resolver';
