import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { IncidentEntity } from '../incident';
import { PlaceEntity } from '../place';
import { PlotEntity } from '../plot';
import { ArrestEntity } from './arrest.entity';
import { ARREST_COLUMNS, ArrestInputs } from './arrest.inputs';
import { Arrest, toArrest } from './arrest.type';

export const ArrestMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Arrest',
    label: 'arrest',
    entity: ArrestEntity,
    references: { placeId: PlaceEntity, plotId: PlotEntity, incidentId: IncidentEntity },
  },
  NodeClass: Arrest,
  toNode: toArrest,
  fieldName: 'arrest',
  inputs: ArrestInputs,
  columns: ARREST_COLUMNS,
});
