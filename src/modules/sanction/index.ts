export { SanctionEntity } from './sanction.entity';
export * from './sanction.enums';
export { SanctionResolver } from './sanction.resolver';
export { Sanction, SanctionConnection, toSanction } from './sanction.type';
export { SanctionFilter, sanctionFilterSpec, SanctionListFilter } from './sanction.filter';
export { SanctionConnectionArgs } from './sanction.args';
export { SANCTION_LIST } from './sanction.service';
export { SanctionMutationResolver } from './sanction.mutation.resolver';
