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
import type { IncidentEntity } from './incident.entity';

export enum IncidentOrderField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  KILLED = 'KILLED',
  INJURED = 'INJURED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(IncidentOrderField, 'Incident', {
  DATE: 'Start of the date (unknown dates count as earliest).',
  TITLE: 'Title, alphabetically.',
  KILLED: 'People killed (not reported counts as lowest).',
  INJURED: 'People injured (not reported counts as lowest).',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const IncidentOrder = createOrderInput(IncidentOrderField, 'Incident');

export const incidentSortKeys: Record<IncidentOrderField, SortKey<IncidentEntity>> = {
  DATE: fuzzyDateKey('date', (row) => row.date),
  TITLE: textKey('title', (row) => row.title),
  KILLED: numberKey('killed', (row) => row.killed),
  INJURED: numberKey('injured', (row) => row.injured),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_INCIDENT_ORDER = [
  { field: IncidentOrderField.DATE, direction: SortOrder.DESC },
];
