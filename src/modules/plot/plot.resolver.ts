import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createEventRelationsResolver } from '../actor';
import { PlotListArgs } from './plot.args';
import { PlotService } from './plot.service';
import { Plot, PlotConnection } from './plot.type';

@Resolver(() => Plot)
export class PlotResolver extends createEventRelationsResolver(Plot, 'Plot') {
  private readonly service = new PlotService();

  @Query(() => PlotConnection, {
    description:
      'Plots, most recent start first. Relay connection: default 20 per page, maximum 100.',
  })
  plots(@Args(() => PlotListArgs) args: PlotListArgs, @Ctx() ctx: Context): Promise<Page<Plot>> {
    return this.service.list(ctx.db, args);
  }
}
