export { PlaceEntity } from './place.entity';
export * from './place.enums';
export { PlaceResolver } from './place.resolver';
export { Place, PlaceConnection, toPlace } from './place.type';
export { PlaceMutationResolver } from './place.mutation.resolver';
