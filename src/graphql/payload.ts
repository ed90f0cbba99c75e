import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';

import { inTransaction } from '../db/transaction';
import type { Context } from './context';
import { UserError, UserErrorException } from './user-error';

/** What every mutation payload holds: the node (under a per-kind field name) and userErrors. */
export interface Payload<N> {
  node: N | null;
  userErrors: UserError[];
}

export interface PayloadNames {
  /** GraphQL type name, e.g. "CreatePlotPayload". */
  typeName: string;
  /** Field that carries the node, e.g. "plot". */
  fieldName: string;
  description: string;
  nodeDescription: string;
}

/** The one payload type factory: `XPayload { <fieldName>: X, userErrors: [UserError!]! }`. */
export function createPayloadType<N extends object>(NodeClass: ClassType<N>, names: PayloadNames) {
  @ObjectType(names.typeName, { description: names.description })
  class MutationPayload implements Payload<N> {
    @Field(() => NodeClass, {
      name: names.fieldName,
      nullable: true,
      description: names.nodeDescription,
    })
    node!: N | null;

    @Field(() => [UserError], {
      description:
        'Expected reasons why the mutation was refused; empty on success. When not empty, nothing was written.',
    })
    userErrors!: UserError[];
  }
  return MutationPayload;
}

/**
 * Runs a mutation in one transaction. A UserErrorException rolls everything back and becomes the
 * payload's userErrors; any other error rolls back and propagates to formatError.
 */
export async function runMutation<N, P extends object = Record<never, never>>(
  ctx: Context,
  work: (tx: EntityManager) => Promise<{ node: N } & P>,
): Promise<Payload<N> & Partial<P>> {
  try {
    const result = await inTransaction(ctx, work);
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) {
      return { node: null, userErrors: [error.toUserError()] } as Payload<N> & Partial<P>;
    }
    throw error;
  }
}
