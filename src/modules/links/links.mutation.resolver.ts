import { Arg, Authorized, Ctx, Field, Mutation, Resolver, type ClassType } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { decodeGlobalId, fromGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { createPayloadType, runMutation } from '../../graphql/payload';
import { changedBy, Role } from '../../graphql/principal';
import { INPUT_ARG } from '../../graphql/validation';
import { ActorRole, toActorRole } from '../../shared/actor-role/actor-role.type';
import { Citation, toCitation } from '../../shared/citation/citation.type';
import { CITATION_SUBJECT_COLUMNS, ROLE_SUBJECT_COLUMNS } from '../../shared/subject';
import { nodeKinds } from '../node';
import {
  AddActorRoleInput,
  AddCitationInput,
  RemoveActorRoleInput,
  RemoveCitationInput,
} from './links.inputs';
import { LinksWriteService, type Subject, type TouchedRecord } from './links.write.service';

function linkPayload<N extends object>(
  NodeClass: ClassType<N>,
  typeName: string,
  fieldName: string,
  what: string,
) {
  const Payload = createPayloadType(NodeClass, {
    typeName,
    fieldName,
    description: `The result of ${typeName.replace(/Payload$/, '').replace(/^./, (first) => first.toLowerCase())}.`,
    nodeDescription: `${what} Null when userErrors is not empty.`,
  });
  Field(() => Node, {
    name: 'record',
    nullable: true,
    description:
      'The record it belongs to, as stored now (its version grew by one). Null when userErrors is not empty.',
  })(Payload.prototype, 'record');
  return Payload;
}

const AddCitationPayload = linkPayload(
  Citation,
  'AddCitationPayload',
  'citation',
  'The new citation.',
);
const RemoveCitationPayload = linkPayload(
  Citation,
  'RemoveCitationPayload',
  'citation',
  'The citation as it was before removal.',
);
const AddActorRolePayload = linkPayload(
  ActorRole,
  'AddActorRolePayload',
  'actorRole',
  'The new actor role.',
);
const RemoveActorRolePayload = linkPayload(
  ActorRole,
  'RemoveActorRolePayload',
  'actorRole',
  'The actor role as it was before removal.',
);

function decodeSubject<K extends string>(globalId: string, columns: Record<K, string>): Subject<K> {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || !(decoded.typeName in columns)) {
    throw badInput('input.recordId', `is not the id of a ${Object.keys(columns).join(', ')}`);
  }
  return { kind: decoded.typeName as K, id: decoded.id };
}

const toRecord = ({ kind, row }: TouchedRecord) => nodeKinds()[kind].toNode(row as never);

@Resolver()
export class LinksMutationResolver {
  private readonly service = new LinksWriteService();

  @Authorized(Role.EDITOR)
  @Mutation(() => AddCitationPayload, {
    description: 'Cites a source for a record, with its stance. Needs an EDITOR or ADMIN key.',
  })
  addCitation(
    @Arg('input', () => AddCitationInput, {
      description: 'Record, source and stance.',
      ...INPUT_ARG,
    })
    input: AddCitationInput,
    @Ctx() ctx: Context,
  ) {
    const subject = decodeSubject(input.recordId, CITATION_SUBJECT_COLUMNS);
    const values = {
      sourceId: fromGlobalId(input.sourceId, 'Source', 'input.sourceId'),
      stance: input.stance,
      excerpt: input.excerpt ?? null,
      accessedOn: input.accessedOn ?? null,
    };
    return runMutation(ctx, async (tx) => {
      const { citation, record } = await this.service.addCitation(
        tx,
        subject,
        values,
        changedBy(ctx.principal),
      );
      return { node: toCitation(citation), record: toRecord(record) };
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RemoveCitationPayload, {
    description: 'Removes a citation from its record. Needs an EDITOR or ADMIN key.',
  })
  removeCitation(
    @Arg('input', () => RemoveCitationInput, { description: 'Which citation.', ...INPUT_ARG })
    input: RemoveCitationInput,
    @Ctx() ctx: Context,
  ) {
    const citationId = fromGlobalId(input.citationId, 'Citation', 'input.citationId');
    return runMutation(ctx, async (tx) => {
      const { citation, record } = await this.service.removeCitation(
        tx,
        citationId,
        changedBy(ctx.principal),
      );
      return { node: toCitation(citation), record: toRecord(record) };
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => AddActorRolePayload, {
    description:
      'Gives an actor a role in a record (e.g. the DEFENDANT of a sentence). Needs an EDITOR or ADMIN key.',
  })
  addActorRole(
    @Arg('input', () => AddActorRoleInput, { description: 'Record, actor and role.', ...INPUT_ARG })
    input: AddActorRoleInput,
    @Ctx() ctx: Context,
  ) {
    const subject = decodeSubject(input.recordId, ROLE_SUBJECT_COLUMNS);
    const values = {
      actorId: fromGlobalId(input.actorId, 'Actor', 'input.actorId'),
      role: input.role,
      note: input.note ?? null,
    };
    return runMutation(ctx, async (tx) => {
      const { role, record } = await this.service.addActorRole(
        tx,
        subject,
        values,
        changedBy(ctx.principal),
      );
      return { node: toActorRole(role), record: toRecord(record) };
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RemoveActorRolePayload, {
    description: 'Removes an actor role from its record. Needs an EDITOR or ADMIN key.',
  })
  removeActorRole(
    @Arg('input', () => RemoveActorRoleInput, { description: 'Which role.', ...INPUT_ARG })
    input: RemoveActorRoleInput,
    @Ctx() ctx: Context,
  ) {
    const roleId = fromGlobalId(input.roleId, 'ActorRole', 'input.roleId');
    return runMutation(ctx, async (tx) => {
      const { role, record } = await this.service.removeActorRole(
        tx,
        roleId,
        changedBy(ctx.principal),
      );
      return { node: toActorRole(role), record: toRecord(record) };
    });
  }
}
