export { ActorEntity } from './actor.entity';
export * from './actor.enums';
export { ActorResolver } from './actor.resolver';
export { Actor, ActorConnection, toActor } from './actor.type';
export { ActorRoleActorResolver } from './actor-role-actor.resolver';
export { ActorMutationResolver } from './actor.mutation.resolver';
