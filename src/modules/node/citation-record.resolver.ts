import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { Node } from '../../graphql/node';
import { Citation } from '../../shared/citation/citation.type';
import { nodeKinds } from './node-kinds';

@Resolver(() => Citation)
export class CitationRecordResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description:
      'The record this citation supports (a plot, incident, actor...); null if it has since been deleted.',
  })
  record(@Root() citation: Citation, @Ctx() ctx: Context): Node | null | Promise<Node | null> {
    const kind = nodeKinds()[citation.subject.kind];
    return ctx.loaders.toOne(
      kind.entity,
      citation.subject.id,
      kind.toNode as (row: unknown) => Node,
    );
  }
}
