import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { SanctionFilter } from './sanction.filter';
import { SanctionOrder, type SanctionOrderField } from './sanction.order';

@ArgsType()
export class SanctionListArgs extends ConnectionArgs {
  @Field(() => SanctionFilter, {
    nullable: true,
    description: 'Only sanctions matching these conditions.',
  })
  filter?: SanctionFilter | null;

  @Field(() => [SanctionOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the query description; with search and no orderBy, best match first.',
  })
  orderBy?: OrderInput<SanctionOrderField>[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Full-text search (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
