import { Field, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { roleSubjectOf, type RoleSubjectKind } from '../subject';
import type { ActorRoleEntity } from './actor-role.entity';
import { ActorRoleKind } from './actor-role.enum';

@ObjectType('ActorRole', {
  implements: Node,
  description: "An actor's typed part in a record, e.g. Iran as SPONSOR of a plot.",
})
export class ActorRole extends Node {
  @Field(() => ActorRoleKind, { description: 'The part the actor plays.' })
  role!: ActorRoleKind;

  @Field(() => String, {
    nullable: true,
    description: 'Detail on the role as reported, e.g. "main France-based operative".',
  })
  note!: string | null;

  /** Read by the `actor` field resolver. */
  actorId!: string;

  /** Read by the `record` field resolver: the one subject column that is set. */
  subject!: { kind: RoleSubjectKind; id: string };
}

export const toActorRole = (row: ActorRoleEntity): ActorRole =>
  Object.assign(new ActorRole(), {
    id: toGlobalId('ActorRole', row.id),
    role: row.role,
    note: row.note,
    actorId: row.actorId,
    subject: roleSubjectOf(row),
  });

export const ActorRoleConnection = createConnectionType(ActorRole, 'ActorRole', 'actor roles');
