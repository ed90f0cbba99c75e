import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { IncidentFilter } from './incident.filter';
import { IncidentOrder, type IncidentOrderField } from './incident.order';

@ArgsType()
export class IncidentConnectionArgs extends ConnectionArgs {
  @Field(() => IncidentFilter, {
    nullable: true,
    description: 'Only incidents matching these conditions.',
  })
  filter?: IncidentFilter | null;

  @Field(() => [IncidentOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<IncidentOrderField>[] | null;
}

@ArgsType()
export class IncidentListArgs extends IncidentConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
