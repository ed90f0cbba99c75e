import type { EntityManager, ObjectLiteral } from 'typeorm';

import { readQuery } from '../../db/named-query';
import { badInput } from '../../graphql/errors';
import { applyFilter, resolveLookups, type Logical } from '../filter/filter-builder';
import { planRollup, runRollupStats } from './stats-rollup';
import { toStatsRows } from './stats-rows';
import type { StatsKey, StatsRow, StatsSpec } from './stats-spec';

export const MAX_GROUP_KEYS = 3;

function checkGroupBy(groupBy: readonly string[], keys: Record<string, unknown>): void {
  if (groupBy.length < 1 || groupBy.length > MAX_GROUP_KEYS) {
    throw badInput('groupBy', `give 1 to ${MAX_GROUP_KEYS} keys`);
  }
  const seen = new Set<string>();
  for (const key of groupBy) {
    if (!(key in keys)) {
      throw badInput('groupBy', `${key} is not a key of this query`);
    }
    if (seen.has(key)) {
      throw badInput('groupBy', `${key} is given twice`);
    }
    seen.add(key);
  }
}

interface GroupClause {
  select: string;
  join: string | null;
  groupBy: string[];
  orderBy: string[];
}

function groupClause(key: StatsKey, alias: string, index: number): GroupClause {
  const output = `"key_${index}"`;
  if (key.values) {
    const join = `stats_key_${index}`;
    const value = `"${join}"."value"`;
    const sort = `"${join}"."sort"`;
    return {
      select: `${value} AS ${output}`,
      join: `LEFT JOIN LATERAL (${key.values(alias)}) "${join}" ON TRUE`,
      groupBy: [value, sort],
      orderBy: [`${sort} ASC NULLS LAST`, `${value} ASC NULLS LAST`],
    };
  }
  const value = key.value(alias);
  return {
    select: `${value} AS ${output}`,
    join: null,
    groupBy: [value],
    orderBy: [`${value} ASC NULLS LAST`],
  };
}

/**
 * Counts and sums of the records matching `filter`, one row per combination of `groupBy` values,
 * sorted by those values in the order given (nulls last), in one SQL statement. The records are
 * selected exactly as their list selects them (soft-deleted rows left out, the same filter
 * builder); unknown, duplicate or too many keys are BAD_USER_INPUT. When the spec's rollup covers
 * the keys and the filter, it answers instead (same rows); `live: true` forces the live query.
 */
export async function runStats<E extends ObjectLiteral, F extends object>(
  manager: EntityManager,
  spec: StatsSpec<E, F>,
  filter: (F & Logical<F>) | null | undefined,
  groupBy: readonly string[],
  { live = false }: { live?: boolean } = {},
): Promise<StatsRow[]> {
  checkGroupBy(groupBy, spec.keys);
  const plan = spec.rollup && !live ? planRollup(spec.rollup, filter, groupBy) : null;
  if (spec.rollup && plan) {
    return runRollupStats(manager, spec, spec.rollup, plan, filter, groupBy);
  }
  const records = manager.createQueryBuilder(spec.entity, spec.alias).select(`"${spec.alias}".*`);
  applyFilter(
    records,
    filter,
    spec.filterSpec,
    await resolveLookups(manager, filter, spec.filterSpec, spec.alias),
  );
  const [recordsSql, parameters] = records.getQueryAndParameters();

  const clauses = groupBy.map((name, index) => groupClause(spec.keys[name], spec.alias, index));
  const sums = Object.entries(spec.sums).map(
    ([name, sum]) => `${sum.sql(spec.alias)} AS "sum_${name}"`,
  );
  const sql = [
    `SELECT ${[...clauses.map((clause) => clause.select), 'count(*)::int AS "count"', ...sums].join(', ')}`,
    // Postgres flattens the derived table, so this reads the table once with the list's WHERE.
    `FROM (${recordsSql}) "${spec.alias}"`,
    ...clauses.flatMap((clause) => (clause.join ? [clause.join] : [])),
    `GROUP BY ${clauses.flatMap((clause) => clause.groupBy).join(', ')}`,
    `ORDER BY ${clauses.flatMap((clause) => clause.orderBy).join(', ')}`,
  ].join('\n');

  return toStatsRows(
    await readQuery<Record<string, unknown>>(manager, sql, parameters),
    spec,
    groupBy,
  );
}
