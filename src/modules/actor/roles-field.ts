import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';

import { ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { ActorRoleEntity } from '../../shared/actor-role/actor-role.entity';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import {
  ActorRoleConnection,
  toActorRole,
  type ActorRole,
} from '../../shared/actor-role/actor-role.type';
import type { NestedDefinition } from '../../shared/nested';
import { instantKey, SortOrder } from '../../shared/orderings';
import type { RecordType } from '../../shared/record.type';
import { ROLE_SUBJECT_COLUMNS, type RoleSubjectKind } from '../../shared/subject';
import { createCitationsResolver } from '../source';
import { ActorEntity } from './actor.entity';
import { type ActorRoleFilter, actorRoleFilterSpec } from './actor.filter';

@ArgsType()
export class ActorRoleConnectionArgs extends ConnectionArgs {
  @Field(() => [ActorRoleKind], {
    nullable: true,
    description: 'Only these roles; all roles when omitted.',
  })
  role?: ActorRoleKind[] | null;
}

type RoleDefinition = NestedDefinition<ActorRoleEntity, ActorRoleFilter, 'CREATED_AT', ActorRole>;

/** Actor roles whose `column` points at the parent (a record's arc column, or actorId), oldest first. */
export function rolesBy(column: string): RoleDefinition {
  return {
    name: `roles.${column}`,
    entity: ActorRoleEntity,
    table: 'actor_roles',
    softDelete: false,
    link: (row, parent) => `"${row}"."${column}" = ${parent}`,
    filterSpec: actorRoleFilterSpec,
    sortKeys: { CREATED_AT: instantKey<ActorRoleEntity>('createdAt', (row) => row.createdAt) },
    defaultOrder: [{ field: 'CREATED_AT', direction: SortOrder.ASC }],
    toNode: toActorRole,
    joins: [{ field: 'actor', entity: ActorEntity, foreignKey: 'actorId' }],
  };
}

/** Connection arguments for a roles field: `role` becomes a filter on the role kind. */
export function rolePage({ role, ...page }: ActorRoleConnectionArgs) {
  return { ...page, filter: role ? { role: { in: role } } : null };
}

/** `citations` and `actors(role:)` connections for the event kinds, batched per request. */
export function createEventRelationsResolver<T extends RecordType>(
  TypeClass: ClassType<T>,
  kind: RoleSubjectKind,
) {
  const definition = rolesBy(ROLE_SUBJECT_COLUMNS[kind]);

  @Resolver(() => TypeClass)
  abstract class EventRelationsResolver extends createCitationsResolver(TypeClass, kind) {
    @FieldResolver(() => ActorRoleConnection, {
      description:
        'Actors taking part in this record, with their roles, in the order they were recorded. Relay connection: default 20, maximum 100.',
    })
    actors(
      @Root() record: T,
      @Args(() => ActorRoleConnectionArgs) args: ActorRoleConnectionArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Page<ActorRole>> {
      return ctx.loaders.nested(definition, rolePage(args), info).load(record.rowId);
    }
  }
  return EventRelationsResolver;
}
