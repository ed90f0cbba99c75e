import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createCitationsResolver } from '../source';
import { PlaceListArgs } from './place.args';
import { PlaceService } from './place.service';
import { Place, PlaceConnection } from './place.type';

@Resolver(() => Place)
export class PlaceResolver extends createCitationsResolver(Place, 'Place') {
  private readonly service = new PlaceService();

  @Query(() => PlaceConnection, {
    description: 'Places, by name. Relay connection: default 20 per page, maximum 100.',
  })
  places(
    @Args(() => PlaceListArgs) args: PlaceListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Place>> {
    return this.service.list(ctx.db, args);
  }
}
