import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { SentenceFilter } from './sentence.filter';
import { SentenceOrder, type SentenceOrderField } from './sentence.order';

@ArgsType()
export class SentenceConnectionArgs extends ConnectionArgs {
  @Field(() => SentenceFilter, {
    nullable: true,
    description: 'Only sentences matching these conditions.',
  })
  filter?: SentenceFilter | null;

  @Field(() => [SentenceOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<SentenceOrderField>[] | null;
}

@ArgsType()
export class SentenceListArgs extends SentenceConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
