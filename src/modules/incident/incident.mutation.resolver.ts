import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { PlaceEntity } from '../place';
import { PlotEntity } from '../plot';
import { IncidentEntity } from './incident.entity';
import { INCIDENT_COLUMNS, IncidentInputs } from './incident.inputs';
import { Incident, toIncident } from './incident.type';

export const IncidentMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Incident',
    label: 'incident',
    entity: IncidentEntity,
    references: { placeId: PlaceEntity, plotId: PlotEntity },
  },
  NodeClass: Incident,
  toNode: toIncident,
  fieldName: 'incident',
  inputs: IncidentInputs,
  columns: INCIDENT_COLUMNS,
});
