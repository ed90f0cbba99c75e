export { WeaponsTransferEntity } from './weapons-transfer.entity';
export * from './weapons-transfer.enums';
export { WeaponsTransferResolver } from './weapons-transfer.resolver';
export {
  WeaponsTransfer,
  WeaponsTransferConnection,
  toWeaponsTransfer,
} from './weapons-transfer.type';
export { WeaponsTransferMutationResolver } from './weapons-transfer.mutation.resolver';
