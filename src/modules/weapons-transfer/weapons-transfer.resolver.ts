import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createEventRelationsResolver } from '../actor';
import { WeaponsTransferListArgs } from './weapons-transfer.args';
import { WeaponsTransferService } from './weapons-transfer.service';
import { WeaponsTransfer, WeaponsTransferConnection } from './weapons-transfer.type';

@Resolver(() => WeaponsTransfer)
export class WeaponsTransferResolver extends createEventRelationsResolver(
  WeaponsTransfer,
  'WeaponsTransfer',
) {
  private readonly service = new WeaponsTransferService();

  @Query(() => WeaponsTransferConnection, {
    description:
      'Weapons transfers, most recently reported first. Relay connection: default 20 per page, maximum 100.',
  })
  weaponsTransfers(
    @Args(() => WeaponsTransferListArgs) args: WeaponsTransferListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<WeaponsTransfer>> {
    return this.service.list(ctx.db, args);
  }
}
