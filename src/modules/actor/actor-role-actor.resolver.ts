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
  actor(
    @Root() role: ActorRole,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Actor | null | Promise<Actor | null> {
    return ctx.loaders.toOne(ActorEntity, role.actorId, toActor, info);
  }
}
