import {
  fuzzyDateKey,
  instantKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { SourceEntity } from './source.entity';

export enum SourceOrderField {
  PUBLISHED = 'PUBLISHED',
  PUBLISHER = 'PUBLISHER',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(SourceOrderField, 'Source', {
  PUBLISHED: 'Publication date (unknown dates count as earliest).',
  PUBLISHER: 'Publisher, alphabetically.',
  TITLE: 'Title, alphabetically.',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const SourceOrder = createOrderInput(SourceOrderField, 'Source');

export const sourceSortKeys: Record<SourceOrderField, SortKey<SourceEntity>> = {
  PUBLISHED: fuzzyDateKey('published', (row) => row.published),
  PUBLISHER: textKey('publisher', (row) => row.publisher),
  TITLE: textKey('title', (row) => row.title),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_SOURCE_ORDER = [
  { field: SourceOrderField.PUBLISHED, direction: SortOrder.DESC },
];
