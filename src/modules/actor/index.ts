export { ActorEntity } from './actor.entity';
export * from './actor.enums';
export { ActorResolver } from './actor.resolver';
export { Actor, ActorConnection, toActor } from './actor.type';
export { ActorRoleActorResolver } from './actor-role-actor.resolver';
export {
  actorFilterSpec,
  actorInRole,
  ActorFilter,
  ActorRoleFilter,
  ActorRoleListFilter,
  rolesOf,
} from './actor.filter';
export { createEventRelationsResolver } from './roles-field';
export { ActorConnectionArgs } from './actor.args';
export { ACTOR_LIST } from './actor.service';
export { ActorDossierResolver } from './actor-dossier.resolver';
export { RoleSubjectResolver } from './role-subject.resolver';
export { ActorMutationResolver } from './actor.mutation.resolver';
