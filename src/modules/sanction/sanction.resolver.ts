import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createEventRelationsResolver } from '../actor';
import { Plot, PlotEntity, toPlot } from '../plot';
import { WeaponsTransfer, WeaponsTransferEntity, toWeaponsTransfer } from '../weapons-transfer';
import { SanctionListArgs } from './sanction.args';
import { SanctionService } from './sanction.service';
import { Sanction, SanctionConnection } from './sanction.type';

@Resolver(() => Sanction)
export class SanctionResolver extends createEventRelationsResolver(Sanction, 'Sanction') {
  private readonly service = new SanctionService();

  @Query(() => SanctionConnection, {
    description:
      'Sanctions, most recently imposed first. Relay connection: default 20 per page, maximum 100.',
  })
  sanctions(
    @Args(() => SanctionListArgs) args: SanctionListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Sanction>> {
    return this.service.list(ctx.db, args);
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot it responds to, if any.' })
  plot(@Root() sanction: Sanction, @Ctx() ctx: Context): Plot | null | Promise<Plot | null> {
    return ctx.loaders.toOne(PlotEntity, sanction.plotId, toPlot);
  }

  @FieldResolver(() => WeaponsTransfer, {
    nullable: true,
    description: 'The weapons transfer it responds to, if any.',
  })
  weaponsTransfer(
    @Root() sanction: Sanction,
    @Ctx() ctx: Context,
  ): WeaponsTransfer | null | Promise<WeaponsTransfer | null> {
    return ctx.loaders.toOne(WeaponsTransferEntity, sanction.weaponsTransferId, toWeaponsTransfer);
  }
}
