import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

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
  async source(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Source | null> {
    const row = await ctx.loaders.byId(SourceEntity).load(citation.sourceId);
    return row ? toSource(row) : null;
  }
}
