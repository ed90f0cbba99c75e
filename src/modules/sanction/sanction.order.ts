import {
  fuzzyDateKey,
  instantKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { SanctionEntity } from './sanction.entity';

export enum SanctionOrderField {
  IMPOSED = 'IMPOSED',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(SanctionOrderField, 'Sanction', {
  IMPOSED: 'When it was imposed (unknown dates count as earliest).',
  TITLE: 'Title, alphabetically.',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const SanctionOrder = createOrderInput(SanctionOrderField, 'Sanction');

export const sanctionSortKeys: Record<SanctionOrderField, SortKey<SanctionEntity>> = {
  IMPOSED: fuzzyDateKey('imposed', (row) => row.imposed),
  TITLE: textKey('title', (row) => row.title),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_SANCTION_ORDER = [
  { field: SanctionOrderField.IMPOSED, direction: SortOrder.DESC },
];
