export { SanctionEntity } from './sanction.entity';
export * from './sanction.enums';
export { SanctionResolver } from './sanction.resolver';
export { Sanction, SanctionConnection, toSanction } from './sanction.type';
export { SanctionMutationResolver } from './sanction.mutation.resolver';
