import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { CitationConnection, type Citation } from '../../shared/citation/citation.type';
import { CitationConnectionArgs, citationsBy } from './citations-field';
import { Source } from './source.type';

const CITATIONS_OF_SOURCE = citationsBy('sourceId');

@Resolver(() => Source)
export class SourceCitationsResolver {
  @FieldResolver(() => CitationConnection, {
    description:
      'Where this source is cited, with its stance; each citation links to its record. Relay connection: default 20, maximum 100.',
  })
  citations(
    @Root() source: Source,
    @Args(() => CitationConnectionArgs) args: CitationConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Citation>> {
    return ctx.loaders.nested(CITATIONS_OF_SOURCE, args).load(source.rowId);
  }
}
