import { Arg, Ctx, Query, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';

import type { Context } from '../../graphql/context';
import { MAX_GROUP_KEYS, runStats } from './stats-query';
import type { StatsSpec } from './stats-spec';
import {
  createStatsBucketType,
  createStatsKeyEnum,
  toStatsBuckets,
  type StatsBucket,
} from './stats-types';

export interface StatsDefinition<E extends ObjectLiteral, F extends object> {
  /** GraphQL name prefix: 'Incident' gives incidentStats, IncidentStatsKey, IncidentStatsBucket. */
  typeName: string;
  /** The records, in descriptions: 'incidents'. */
  plural: string;
  /** The list query whose filter this one takes: 'incidents'. */
  list: string;
  filter: ClassType<F>;
  spec: StatsSpec<E, F>;
  /** The query's description: what the keys mean where a rule needs saying. */
  description: string;
}

/**
 * The `<typeName>Stats(filter, groupBy)` query, its key enum and its bucket type, from a spec.
 * Every kind's stats go through this one path; a kind only writes its spec.
 */
export function createStatsResolver<E extends ObjectLiteral, F extends object>(
  definition: StatsDefinition<E, F>,
): ClassType {
  const { typeName, plural, spec } = definition;
  const queryName = `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}Stats`;
  const KeyEnum = createStatsKeyEnum(typeName, queryName, plural, spec);
  const Bucket = createStatsBucketType(typeName, plural, spec);

  @Resolver()
  class StatsResolver {
    @Query(() => [Bucket], { name: queryName, description: definition.description })
    async stats(
      @Arg('filter', () => definition.filter, {
        nullable: true,
        description: `Only ${plural} matching these conditions: the same filter as ${definition.list}.`,
      })
      filter: F | null,
      @Arg('groupBy', () => [KeyEnum], {
        description: `What to group by: 1 to ${MAX_GROUP_KEYS} keys, none twice. Buckets are sorted by these keys in this order, nulls (unknown or none) last.`,
      })
      groupBy: string[],
      @Ctx() ctx: Context,
    ): Promise<StatsBucket[]> {
      const rows = await runStats(ctx.db, spec, filter, groupBy);
      return toStatsBuckets(Bucket, spec, rows, ctx.loaders);
    }
  }
  Object.defineProperty(StatsResolver, 'name', { value: `${typeName}StatsResolver` });
  return StatsResolver;
}
