import {
  fuzzyDateKey,
  instantKey,
  numberKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { SentenceEntity } from './sentence.entity';

export enum SentenceOrderField {
  DATE = 'DATE',
  TERM_MONTHS = 'TERM_MONTHS',
  RELEASED = 'RELEASED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(SentenceOrderField, 'Sentence', {
  DATE: 'Start of the date it was handed down (unknown dates count as earliest).',
  TERM_MONTHS: 'Prison term in months (not reported counts as lowest).',
  RELEASED: 'Release date (not released counts as earliest).',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const SentenceOrder = createOrderInput(SentenceOrderField, 'Sentence');

export const sentenceSortKeys: Record<SentenceOrderField, SortKey<SentenceEntity>> = {
  DATE: fuzzyDateKey('date', (row) => row.date),
  TERM_MONTHS: numberKey('termMonths', (row) => row.termMonths),
  RELEASED: fuzzyDateKey('released', (row) => row.released),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_SENTENCE_ORDER = [
  { field: SentenceOrderField.DATE, direction: SortOrder.DESC },
];
