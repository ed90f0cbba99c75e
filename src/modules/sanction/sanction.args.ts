import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { SanctionFilter } from './sanction.filter';
import { SanctionOrder, type SanctionOrderField } from './sanction.order';

@ArgsType()
export class SanctionConnectionArgs extends ConnectionArgs {
  @Field(() => SanctionFilter, {
    nullable: true,
    description: 'Only sanctions matching these conditions.',
  })
  filter?: SanctionFilter | null;

  @Field(() => [SanctionOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<SanctionOrderField>[] | null;
}

@ArgsType()
export class SanctionListArgs extends SanctionConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
