import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { SourceFilter } from './source.filter';
import { SourceOrder, type SourceOrderField } from './source.order';

@ArgsType()
export class SourceConnectionArgs extends ConnectionArgs {
  @Field(() => SourceFilter, {
    nullable: true,
    description: 'Only sources matching these conditions.',
  })
  filter?: SourceFilter | null;

  @Field(() => [SourceOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<SourceOrderField>[] | null;
}

@ArgsType()
export class SourceListArgs extends SourceConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
