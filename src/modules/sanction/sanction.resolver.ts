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
  async plot(@Root() sanction: Sanction, @Ctx() ctx: Context): Promise<Plot | null> {
    const row = sanction.plotId ? await ctx.loaders.byId(PlotEntity).load(sanction.plotId) : null;
    return row ? toPlot(row) : null;
  }

  @FieldResolver(() => WeaponsTransfer, {
    nullable: true,
    description: 'The weapons transfer it responds to, if any.',
  })
  async weaponsTransfer(
    @Root() sanction: Sanction,
    @Ctx() ctx: Context,
  ): Promise<WeaponsTransfer | null> {
    const row = sanction.weaponsTransferId
      ? await ctx.loaders.byId(WeaponsTransferEntity).load(sanction.weaponsTransferId)
      : null;
    return row ? toWeaponsTransfer(row) : null;
  }
}
