import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { ActorRole } from '../../shared/actor-role/actor-role.type';
import { ActorEntity } from './actor.entity';
import { Actor, toActor } from './actor.type';

@Resolver(() => ActorRole)
export class ActorRoleActorResolver {
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor in this role; null only if it has since been deleted.',
  })
  async actor(
    @Root() role: ActorRole,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const row = await ctx.loaders.byId(ActorEntity, info).load(role.actorId);
    return row ? toActor(row) : null;
  }
}
