import { Arg, Authorized, Ctx, Field, Mutation, Resolver, type ClassType } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/global-id';
import { createPayloadType, runMutation } from '../../graphql/payload';
import { changedBy, Role } from '../../graphql/principal';
import type { RecordInputTypes } from '../../graphql/record-inputs';
import { INPUT_ARG } from '../../graphql/validation';
import type { RecordRow } from '../upsert';
import { asIs, toColumns, type ColumnMap } from './input-columns';
import { RecordWriteService, type RecordSpec } from './record-write.service';
import { UpsertOutcomeKind } from './upsert-outcome.enum';

export interface RecordMutationsOptions<E extends RecordRow, N extends object> {
  spec: RecordSpec<E>;
  NodeClass: ClassType<N>;
  toNode: (row: E) => N;
  /** Payload field holding the node, e.g. "weaponsTransfer". */
  fieldName: string;
  inputs: RecordInputTypes;
  /** Input field → column converter, for every writable field except externalId. */
  columns: ColumnMap;
}

interface LifecycleInput {
  id: string;
  expectedVersion?: number | null;
}

/**
 * The five mutations of one record kind (createX, updateX, deleteX, restoreX, upsertX) with
 * their payload types. Resolvers stay thin: decode global IDs and map inputs to columns at the
 * edge, then one transaction around the generic writer.
 */
export function createRecordMutationsResolver<E extends RecordRow, N extends object>(
  options: RecordMutationsOptions<E, N>,
) {
  const { spec, NodeClass, toNode, fieldName, inputs } = options;
  const { kind, label } = spec;
  const service = new RecordWriteService(spec);
  const columns: ColumnMap = { externalId: asIs, ...options.columns };
  const payload = (verb: string, nodeDescription: string) =>
    createPayloadType(NodeClass, {
      typeName: `${verb}${kind}Payload`,
      fieldName,
      description: `The result of ${verb.toLowerCase()}${kind}.`,
      nodeDescription: `${nodeDescription} Null when userErrors is not empty.`,
    });
  const CreatePayload = payload('Create', `The new ${label}.`);
  const UpdatePayload = payload('Update', `The ${label} as stored now.`);
  const DeletePayload = payload(
    'Delete',
    `The ${label} as it was deleted (node(id:) and lists no longer return it).`,
  );
  const RestorePayload = payload('Restore', `The restored ${label}.`);
  const UpsertPayload = payload('Upsert', `The ${label} as stored now.`);
  Field(() => UpsertOutcomeKind, {
    nullable: true,
    description:
      'Whether the record was created, updated or already up to date; null on userErrors.',
  })(UpsertPayload.prototype, 'outcome');

  const decodeId = (id: string) => fromGlobalId(id, kind, 'input.id');

  @Resolver()
  class RecordMutationsResolver {
    @Authorized(Role.EDITOR)
    @Mutation(() => CreatePayload, {
      name: `create${kind}`,
      description: `Creates a ${label}. Needs an EDITOR or ADMIN key.`,
    })
    create(
      @Arg('input', () => inputs.Create, { description: `The new ${label}.`, ...INPUT_ARG })
      input: object,
      @Ctx() ctx: Context,
    ) {
      const values = toColumns(columns, input) as Partial<E>;
      return runMutation(ctx, async (tx) => ({
        node: toNode(await service.create(tx, values, changedBy(ctx.principal))),
      }));
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => UpdatePayload, {
      name: `update${kind}`,
      description: `Changes a ${label}, if it is still at expectedVersion (else VERSION_CONFLICT). Needs an EDITOR or ADMIN key.`,
    })
    update(
      @Arg('input', () => inputs.Update, {
        description: 'Which record, and what to change.',
        ...INPUT_ARG,
      })
      input: { id: string; expectedVersion: number },
      @Ctx() ctx: Context,
    ) {
      const { id, expectedVersion, ...changes } = input;
      const rowId = decodeId(id);
      const values = toColumns(columns, changes, inputs.requiredFields) as Partial<E>;
      return runMutation(ctx, async (tx) => ({
        node: toNode(
          await service.update(tx, rowId, expectedVersion, values, changedBy(ctx.principal)),
        ),
      }));
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => UpsertPayload, {
      name: `upsert${kind}`,
      description: `Creates the ${label} with this externalId, or brings it up to date; idempotent. Needs an EDITOR or ADMIN key.`,
    })
    upsert(
      @Arg('input', () => inputs.Upsert, {
        description: `The ${label}, keyed by externalId.`,
        ...INPUT_ARG,
      })
      input: { externalId: string },
      @Ctx() ctx: Context,
    ) {
      const { externalId, ...fields } = input;
      const values = toColumns(columns, fields) as Partial<E>;
      return runMutation(ctx, async (tx) => {
        const { row, outcome } = await service.upsert(
          tx,
          externalId,
          values,
          changedBy(ctx.principal),
        );
        return { node: toNode(row), outcome: outcome.toUpperCase() as UpsertOutcomeKind };
      });
    }

    @Authorized(Role.ADMIN)
    @Mutation(() => DeletePayload, {
      name: `delete${kind}`,
      description: `Deletes a ${label} softly: it leaves lists and node lookups, partners see a DELETED change, and restore${kind} brings it back. Needs an ADMIN key.`,
    })
    delete(
      @Arg('input', () => inputs.Delete, { description: `Which ${label}.`, ...INPUT_ARG })
      input: LifecycleInput,
      @Ctx() ctx: Context,
    ) {
      const rowId = decodeId(input.id);
      return runMutation(ctx, async (tx) => ({
        node: toNode(
          await service.delete(tx, rowId, input.expectedVersion, changedBy(ctx.principal)),
        ),
      }));
    }

    @Authorized(Role.ADMIN)
    @Mutation(() => RestorePayload, {
      name: `restore${kind}`,
      description: `Brings back a deleted ${label}. Needs an ADMIN key.`,
    })
    restore(
      @Arg('input', () => inputs.Restore, { description: `Which ${label}.`, ...INPUT_ARG })
      input: LifecycleInput,
      @Ctx() ctx: Context,
    ) {
      const rowId = decodeId(input.id);
      return runMutation(ctx, async (tx) => ({
        node: toNode(
          await service.restore(tx, rowId, input.expectedVersion, changedBy(ctx.principal)),
        ),
      }));
    }
  }
  return RecordMutationsResolver;
}
