import { ArgsType, Field } from 'type-graphql';

import { ConnectionArgs } from '../../graphql/connection';
import type { OrderInput } from '../../shared/orderings';
import { MAX_SEARCH_LENGTH } from '../../shared/search';
import { WeaponsTransferFilter } from './weapons-transfer.filter';
import { WeaponsTransferOrder, type WeaponsTransferOrderField } from './weapons-transfer.order';

@ArgsType()
export class WeaponsTransferConnectionArgs extends ConnectionArgs {
  @Field(() => WeaponsTransferFilter, {
    nullable: true,
    description: 'Only weapons transfers matching these conditions.',
  })
  filter?: WeaponsTransferFilter | null;

  @Field(() => [WeaponsTransferOrder], {
    nullable: true,
    description:
      'Sort keys, most significant first (at most 4); ties are broken by id. Default: see the field description.',
  })
  orderBy?: OrderInput<WeaponsTransferOrderField>[] | null;
}

@ArgsType()
export class WeaponsTransferListArgs extends WeaponsTransferConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Full-text search, best match first unless orderBy is given (PostgreSQL, English stemming plus exact names) over names, titles, summaries, descriptions and aliases; supports "quoted phrases", OR and -exclusions. At most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}
