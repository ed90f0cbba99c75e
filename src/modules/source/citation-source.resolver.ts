import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { Citation } from '../../shared/citation/citation.type';
import { SourceEntity } from './source.entity';
import { Source, toSource } from './source.type';

@Resolver(() => Citation)
export class CitationSourceResolver {
  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The cited source; null only if it has since been deleted.',
  })
  source(
    @Root() citation: Citation,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Source | null | Promise<Source | null> {
    return ctx.loaders.toOne(SourceEntity, citation.sourceId, toSource, info);
  }
}
