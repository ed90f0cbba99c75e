import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';

import { ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { CitationEntity } from '../../shared/citation/citation.entity';
import { CitationConnection, toCitation, type Citation } from '../../shared/citation/citation.type';
import type { NestedDefinition } from '../../shared/nested';
import { instantKey, SortOrder } from '../../shared/orderings';
import type { RecordType } from '../../shared/record.type';
import { CITATION_SUBJECT_COLUMNS, type CitationSubjectKind } from '../../shared/subject';
import { SourceEntity } from './source.entity';
import { CitationFilter, citationFilterSpec } from './source.filter';

@ArgsType()
export class CitationConnectionArgs extends ConnectionArgs {
  @Field(() => CitationFilter, {
    nullable: true,
    description: 'Only citations matching these conditions, e.g. { stance: { eq: DENIES } }.',
  })
  filter?: CitationFilter | null;
}

type CitationDefinition = NestedDefinition<CitationEntity, CitationFilter, 'CREATED_AT', Citation>;

/** Citations whose `column` points at the parent (a record's arc column, or sourceId), oldest first. */
export function citationsBy(column: string): CitationDefinition {
  return {
    name: `citations.${column}`,
    entity: CitationEntity,
    table: 'citations',
    softDelete: false,
    link: (row, parent) => `"${row}"."${column}" = ${parent}`,
    filterSpec: citationFilterSpec,
    sortKeys: { CREATED_AT: instantKey<CitationEntity>('createdAt', (row) => row.createdAt) },
    defaultOrder: [{ field: 'CREATED_AT', direction: SortOrder.ASC }],
    toNode: toCitation,
    joins: [{ field: 'source', entity: SourceEntity, foreignKey: 'sourceId' }],
  };
}

/** The `citations` connection for any citable kind, batched per request. */
export function createCitationsResolver<T extends RecordType>(
  TypeClass: ClassType<T>,
  kind: CitationSubjectKind,
) {
  const definition = citationsBy(CITATION_SUBJECT_COLUMNS[kind]);

  @Resolver(() => TypeClass)
  abstract class CitationsResolver {
    @FieldResolver(() => CitationConnection, {
      description:
        'Sources cited for this record, with their stance, oldest citation first. Relay connection: default 20, maximum 100.',
    })
    citations(
      @Root() record: T,
      @Args(() => CitationConnectionArgs) args: CitationConnectionArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Page<Citation>> {
      return ctx.loaders.nested(definition, args, info).load(record.rowId);
    }
  }
  return CitationsResolver;
}
