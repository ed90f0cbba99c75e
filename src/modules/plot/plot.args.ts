import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { PlotFilter } from './plot.filter';
import { PlotOrder, type PlotOrderField } from './plot.order';

@ArgsType()
export class PlotConnectionArgs extends ConnectionArgs {
  @Field(() => PlotFilter, { nullable: true, description: 'Only plots matching these conditions.' })
  filter?: PlotFilter | null;

  @Field(() => [PlotOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<PlotOrderField>[] | null;
}

@ArgsType()
export class PlotListArgs extends PlotConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
