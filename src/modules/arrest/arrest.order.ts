import {
  fuzzyDateKey,
  instantKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { ArrestEntity } from './arrest.entity';

export enum ArrestOrderField {
  DATE = 'DATE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(ArrestOrderField, 'Arrest', {
  DATE: 'Start of the date (unknown dates count as earliest).',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const ArrestOrder = createOrderInput(ArrestOrderField, 'Arrest');

export const arrestSortKeys: Record<ArrestOrderField, SortKey<ArrestEntity>> = {
  DATE: fuzzyDateKey('date', (row) => row.date),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_ARREST_ORDER = [{ field: ArrestOrderField.DATE, direction: SortOrder.DESC }];
