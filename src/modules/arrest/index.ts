export { ArrestEntity } from './arrest.entity';
export * from './arrest.enums';
export { ArrestResolver } from './arrest.resolver';
export { Arrest, ArrestConnection, toArrest } from './arrest.type';
export { ArrestFilter, arrestFilterSpec, ArrestListFilter } from './arrest.filter';
export { ArrestConnectionArgs } from './arrest.args';
export { ARREST_LIST } from './arrest.service';
export { ArrestMutationResolver } from './arrest.mutation.resolver';
