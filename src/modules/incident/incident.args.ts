import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { IncidentFilter } from './incident.filter';
import { IncidentOrder, type IncidentOrderField } from './incident.order';

@ArgsType()
export class IncidentListArgs extends ConnectionArgs {
  @Field(() => IncidentFilter, {
    nullable: true,
    description: 'Only incidents matching these conditions.',
  })
  filter?: IncidentFilter | null;

  @Field(() => [IncidentOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the query description; with search and no orderBy, best match first.',
  })
  orderBy?: OrderInput<IncidentOrderField>[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Full-text search (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
