export { ArrestEntity } from './arrest.entity';
export * from './arrest.enums';
export { ArrestResolver } from './arrest.resolver';
export { Arrest, ArrestConnection, toArrest } from './arrest.type';
export { ArrestMutationResolver } from './arrest.mutation.resolver';
