import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { lazy, type Lazy } from '../../shared/lazy';
import { relationByForeignKey } from '../../shared/nested';
import { createEventRelationsResolver } from '../actor';
import {
  SANCTION_LIST,
  SanctionConnection,
  SanctionConnectionArgs,
  type Sanction,
} from '../sanction';
import { WeaponsTransferListArgs } from './weapons-transfer.args';
import { WeaponsTransferService } from './weapons-transfer.service';
import { WeaponsTransfer, WeaponsTransferConnection } from './weapons-transfer.type';

const SANCTIONS_OF_WEAPONS_TRANSFER = lazy(() =>
  relationByForeignKey(SANCTION_LIST, 'sanctions', 'weaponsTransferId'),
);

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

  @FieldResolver(() => SanctionConnection, {
    description:
      'Sanctions responding to the transfer, most recent first. Relay connection: default 20, maximum 100.',
  })
  sanctions(
    @Root() weaponsTransfer: WeaponsTransfer,
    @Args(() => SanctionConnectionArgs) args: Lazy<SanctionConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Sanction>> {
    return ctx.loaders.nested(SANCTIONS_OF_WEAPONS_TRANSFER(), args).load(weaponsTransfer.rowId);
  }
}
