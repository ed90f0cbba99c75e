import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import type { Context } from '../graphql/context';
import { ActorRoleEntity } from './actor-role/actor-role.entity';
import { ActorRoleKind } from './actor-role/actor-role.enum';
import { ActorRole, toActorRole } from './actor-role/actor-role.type';
import { CitationEntity } from './citation/citation.entity';
import { Citation, toCitation } from './citation/citation.type';
import type { RecordType } from './record.type';
import {
  CITATION_SUBJECT_COLUMNS,
  ROLE_SUBJECT_COLUMNS,
  type CitationSubjectKind,
  type RoleSubjectKind,
} from './subject';

/** `citations` for any citable record kind, batched per request. */
export function createCitationsResolver<T extends RecordType>(
  TypeClass: ClassType<T>,
  kind: CitationSubjectKind,
) {
  const column = CITATION_SUBJECT_COLUMNS[kind];

  @Resolver(() => TypeClass)
  abstract class CitationsResolver {
    @FieldResolver(() => [Citation], {
      description: 'Sources cited for this record, with their stance (oldest first).',
    })
    async citations(@Root() record: T, @Ctx() ctx: Context): Promise<Citation[]> {
      const rows = await ctx.loaders.manyBy(CitationEntity, column).load(record.rowId);
      return rows.map(toCitation);
    }
  }
  return CitationsResolver;
}

/** `citations` and `actors(role:)` for the event kinds, batched per request. */
export function createEventRelationsResolver<T extends RecordType>(
  TypeClass: ClassType<T>,
  kind: RoleSubjectKind,
) {
  const column = ROLE_SUBJECT_COLUMNS[kind];

  @Resolver(() => TypeClass)
  abstract class EventRelationsResolver extends createCitationsResolver(TypeClass, kind) {
    @FieldResolver(() => [ActorRole], {
      description: 'Actors taking part in this record, with their roles.',
    })
    async actors(
      @Root() record: T,
      @Ctx() ctx: Context,
      @Arg('role', () => [ActorRoleKind], {
        nullable: true,
        description: 'Only these roles; all roles when omitted.',
      })
      roles?: ActorRoleKind[] | null,
    ): Promise<ActorRole[]> {
      const rows = await ctx.loaders.manyBy(ActorRoleEntity, column).load(record.rowId);
      return rows.filter((row) => !roles || roles.includes(row.role)).map(toActorRole);
    }
  }
  return EventRelationsResolver;
}
