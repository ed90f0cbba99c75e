import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { ActorFilter } from './actor.filter';
import { ActorOrder, type ActorOrderField } from './actor.order';

@ArgsType()
export class ActorConnectionArgs extends ConnectionArgs {
  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Only actors matching these conditions.',
  })
  filter?: ActorFilter | null;

  @Field(() => [ActorOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<ActorOrderField>[] | null;
}

@ArgsType()
export class ActorListArgs extends ActorConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
