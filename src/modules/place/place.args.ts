import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { PlaceFilter } from './place.filter';
import { PlaceOrder, type PlaceOrderField } from './place.order';

@ArgsType()
export class PlaceConnectionArgs extends ConnectionArgs {
  @Field(() => PlaceFilter, {
    nullable: true,
    description: 'Only places matching these conditions.',
  })
  filter?: PlaceFilter | null;

  @Field(() => [PlaceOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<PlaceOrderField>[] | null;
}

@ArgsType()
export class PlaceListArgs extends PlaceConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
