import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { ArrestFilter } from './arrest.filter';
import { ArrestOrder, type ArrestOrderField } from './arrest.order';

@ArgsType()
export class ArrestConnectionArgs extends ConnectionArgs {
  @Field(() => ArrestFilter, {
    nullable: true,
    description: 'Only arrests matching these conditions.',
  })
  filter?: ArrestFilter | null;

  @Field(() => [ArrestOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<ArrestOrderField>[] | null;
}

@ArgsType()
export class ArrestListArgs extends ArrestConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
