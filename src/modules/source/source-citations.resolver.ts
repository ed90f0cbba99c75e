import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { CitationEntity } from '../../shared/citation/citation.entity';
import { CitationConnection, toCitation, type Citation } from '../../shared/citation/citation.type';
import type { NestedDefinition } from '../../shared/nested';
import { instantKey, SortOrder } from '../../shared/orderings';
import { CitationConnectionArgs } from './citations-field';
import { type CitationFilter, citationFilterSpec } from './source.filter';
import { Source } from './source.type';

const CITATIONS_OF_SOURCE: NestedDefinition<
  CitationEntity,
  CitationFilter,
  'CREATED_AT',
  Citation
> = {
  name: 'citations.sourceId',
  entity: CitationEntity,
  table: 'citations',
  softDelete: false,
  link: (row, parent) => `"${row}"."sourceId" = ${parent}`,
  filterSpec: citationFilterSpec,
  sortKeys: { CREATED_AT: instantKey<CitationEntity>('createdAt', (row) => row.createdAt) },
  defaultOrder: [{ field: 'CREATED_AT', direction: SortOrder.ASC }],
  toNode: toCitation,
};

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
