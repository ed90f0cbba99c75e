import {
  instantKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { PlaceEntity } from './place.entity';

export enum PlaceOrderField {
  NAME = 'NAME',
  COUNTRY_CODE = 'COUNTRY_CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(PlaceOrderField, 'Place', {
  NAME: 'Name, alphabetically.',
  COUNTRY_CODE: 'Country code, alphabetically.',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const PlaceOrder = createOrderInput(PlaceOrderField, 'Place');

export const placeSortKeys: Record<PlaceOrderField, SortKey<PlaceEntity>> = {
  NAME: textKey('name', (row) => row.name),
  COUNTRY_CODE: textKey('countryCode', (row) => row.countryCode),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_PLACE_ORDER = [{ field: PlaceOrderField.NAME, direction: SortOrder.ASC }];
