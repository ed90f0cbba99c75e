export { PlaceEntity } from './place.entity';
export * from './place.enums';
export { PlaceResolver } from './place.resolver';
export { Place, PlaceConnection, toPlace } from './place.type';
export { PlaceFilter, placeFilterSpec } from './place.filter';
export { PlaceConnectionArgs } from './place.args';
export { PLACE_LIST } from './place.service';
export { PlaceMutationResolver } from './place.mutation.resolver';
