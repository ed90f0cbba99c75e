import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { assertTogether } from '../../shared/record-write/rules';
import { PlaceEntity } from './place.entity';
import { PLACE_COLUMNS, PlaceInputs } from './place.inputs';
import { Place, toPlace } from './place.type';

export const PlaceMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Place',
    label: 'place',
    entity: PlaceEntity,
    check: (_tx, row) =>
      assertTogether(
        row.latitude,
        row.longitude,
        'input.longitude',
        'Coordinates need both latitude and longitude.',
      ),
  },
  NodeClass: Place,
  toNode: toPlace,
  fieldName: 'place',
  inputs: PlaceInputs,
  columns: PLACE_COLUMNS,
});
