import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createCitationsResolver } from '../source';
import { ActorListArgs } from './actor.args';
import { ActorService } from './actor.service';
import { Actor, ActorConnection } from './actor.type';

@Resolver(() => Actor)
export class ActorResolver extends createCitationsResolver(Actor, 'Actor') {
  private readonly service = new ActorService();

  @Query(() => ActorConnection, {
    description:
      'Actors (people and organisations), by name. Relay connection: default 20 per page, maximum 100.',
  })
  actors(
    @Args(() => ActorListArgs) args: ActorListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Actor>> {
    return this.service.list(ctx.db, args);
  }
}
