import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { decodeGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { nodeKinds } from './node-kinds';

const MAX_NODES = 100;

async function loadNode(ctx: Context, globalId: string): Promise<Node | null> {
  const decoded = decodeGlobalId(globalId);
  const kind = decoded ? nodeKinds()[decoded.typeName] : undefined;
  if (!decoded || !kind) {
    return null;
  }
  const row = await ctx.loaders.byId(kind.entity).load(decoded.id);
  return row ? kind.toNode(row as never) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any record by its global ID; null when it does not exist, was deleted, or the ID is not one of ours.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global ID from any record.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several records by global ID, in the order asked (at most ${MAX_NODES}); null for each one missing.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global IDs, at most ${MAX_NODES}.` }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) {
      throw badInput('ids', `at most ${MAX_NODES} ids per request`);
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
