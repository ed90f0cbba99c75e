import {
  fuzzyDateKey,
  instantKey,
  numberKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { WeaponsTransferEntity } from './weapons-transfer.entity';

export enum WeaponsTransferOrderField {
  REPORTED = 'REPORTED',
  WEAPON_SYSTEM = 'WEAPON_SYSTEM',
  QUANTITY_HIGH = 'QUANTITY_HIGH',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(WeaponsTransferOrderField, 'WeaponsTransfer', {
  REPORTED: 'When it was reported (unknown dates count as earliest).',
  WEAPON_SYSTEM: 'Weapon system, alphabetically.',
  QUANTITY_HIGH: 'High estimate of the quantity (not reported counts as lowest).',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const WeaponsTransferOrder = createOrderInput(WeaponsTransferOrderField, 'WeaponsTransfer');

export const weaponsTransferSortKeys: Record<
  WeaponsTransferOrderField,
  SortKey<WeaponsTransferEntity>
> = {
  REPORTED: fuzzyDateKey('reported', (row) => row.reported),
  WEAPON_SYSTEM: textKey('weaponSystem', (row) => row.weaponSystem),
  QUANTITY_HIGH: numberKey('quantityHigh', (row) => row.quantityHigh),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_WEAPONS_TRANSFER_ORDER = [
  { field: WeaponsTransferOrderField.REPORTED, direction: SortOrder.DESC },
];
