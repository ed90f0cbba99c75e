import {
  fuzzyDateKey,
  instantKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { PlotEntity } from './plot.entity';

export enum PlotOrderField {
  PERIOD = 'PERIOD',
  DISCLOSED = 'DISCLOSED',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(PlotOrderField, 'Plot', {
  PERIOD: 'Start of the period the plot was active (unknown dates count as earliest).',
  DISCLOSED: 'When the plot was made public.',
  NAME: 'Name, alphabetically.',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const PlotOrder = createOrderInput(PlotOrderField, 'Plot');

export const plotSortKeys: Record<PlotOrderField, SortKey<PlotEntity>> = {
  PERIOD: fuzzyDateKey('period', (row) => row.period),
  DISCLOSED: fuzzyDateKey('disclosed', (row) => row.disclosed),
  NAME: textKey('name', (row) => row.name),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_PLOT_ORDER = [{ field: PlotOrderField.PERIOD, direction: SortOrder.DESC }];
