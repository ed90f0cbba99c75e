import type { EntityManager, ObjectLiteral } from 'typeorm';

import { namedQuery } from '../../db/named-query';
import {
  FilterBuilder,
  type FieldCompiler,
  type FilterSpec,
  type Logical,
} from '../filter/filter-builder';
import { toStatsRows } from './stats-rows';
import type { StatsRow, StatsSpec } from './stats-spec';

/** A filter field the rollup can evaluate on its own columns, with the same meaning as the list's. */
export interface StatsRollupFilter {
  /** The keys whose columns the condition reads: only a grouping set holding them can serve it. */
  keys: readonly string[];
  /** Whether this value of the field can be evaluated (e.g. a place filter on its country only). */
  accepts?: (value: unknown) => boolean;
  /** The condition on the rollup row aliased `context.alias`. */
  compile: FieldCompiler;
}

/**
 * A table of pre-aggregated buckets kept exact by triggers: for each of several grouping sets,
 * rows per combination of key values with the count and sums of its records (possibly split in
 * stripes that add up). `grouping` holds PostgreSQL's GROUPING() over the columns in `columns`
 * order (bit set: key not in the set).
 */
export interface StatsRollup {
  table: string;
  /** The rollup column of each key it holds, in GROUPING() order. */
  columns: Record<string, string>;
  /** The grouping sets it keeps, each as its key names; the first that covers a query serves it. */
  sets: readonly (readonly string[])[];
  filters: Record<string, StatsRollupFilter>;
  /** Aggregates over the rollup rows of a bucket, equal to the spec's over its records. */
  count: (alias: string) => string;
  sums: Record<string, (alias: string) => string>;
}

/** The grouping set a query reads: its GROUPING() value. */
export interface RollupPlan {
  grouping: number;
}

function filterKeys(
  filter: Record<string, unknown>,
  filters: Record<string, StatsRollupFilter>,
  keys: Set<string>,
): boolean {
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined || value === null) {
      continue;
    }
    if (field === 'and' || field === 'or') {
      if (
        !(value as Record<string, unknown>[]).every((branch) => filterKeys(branch, filters, keys))
      ) {
        return false;
      }
    } else if (field === 'not') {
      if (!filterKeys(value as Record<string, unknown>, filters, keys)) {
        return false;
      }
    } else {
      const rollupFilter = filters[field];
      if (!rollupFilter || (rollupFilter.accepts && !rollupFilter.accepts(value))) {
        return false;
      }
      rollupFilter.keys.forEach((key) => keys.add(key));
    }
  }
  return true;
}

/**
 * The grouping set that answers `groupBy` under `filter`, or null when none can (a key or filter
 * field the rollup does not hold): then the live query runs.
 */
export function planRollup(
  rollup: StatsRollup,
  filter: object | null | undefined,
  groupBy: readonly string[],
): RollupPlan | null {
  const needed = new Set(groupBy);
  if (filter && !filterKeys(filter as Record<string, unknown>, rollup.filters, needed)) {
    return null;
  }
  const set = rollup.sets.find((keys) => [...needed].every((key) => keys.includes(key)));
  if (!set) {
    return null;
  }
  const grouping = Object.keys(rollup.columns).reduce(
    (bits, key) => (bits << 1) | (set.includes(key) ? 0 : 1),
    0,
  );
  return { grouping };
}

/** runStats from the rollup: the same rows, in the same order, as the live query. */
export async function runRollupStats<E extends ObjectLiteral, F extends object>(
  manager: EntityManager,
  spec: StatsSpec<E, F>,
  rollup: StatsRollup,
  plan: RollupPlan,
  filter: (F & Logical<F>) | null | undefined,
  groupBy: readonly string[],
): Promise<StatsRow[]> {
  const { alias } = spec;
  const builder = new FilterBuilder();
  const filterSpec = Object.fromEntries(
    Object.entries(rollup.filters).map(([field, rollupFilter]) => [field, rollupFilter.compile]),
  ) as FilterSpec<F>;
  const condition = builder.compile(filter, filterSpec, alias, 'filter');
  const columns = groupBy.map((key) => `"${alias}"."${rollup.columns[key]}"`);
  const sums = Object.keys(spec.sums).map((name) => `${rollup.sums[name](alias)} AS "sum_${name}"`);
  const sql = [
    `SELECT ${[...columns.map((column, index) => `${column} AS "key_${index}"`), `${rollup.count(alias)} AS "count"`, ...sums].join(', ')}`,
    `FROM "${rollup.table}" "${alias}"`,
    `WHERE "${alias}"."grouping" = ${builder.param(plan.grouping)} AND (${condition})`,
    `GROUP BY ${columns.join(', ')}`,
    // A bucket emptied by writes from several sessions keeps stripes that sum to zero.
    `HAVING ${rollup.count(alias)} <> 0`,
    `ORDER BY ${columns.map((column) => `${column} ASC NULLS LAST`).join(', ')}`,
  ].join('\n');
  return toStatsRows(
    await namedQuery<Record<string, unknown>>(manager, sql, builder.parameters),
    spec,
    groupBy,
  );
}

/**
 * A to-one relation filter (e.g. `place`) that the rollup answers from the one related column it
 * keeps (e.g. the place's country): the relation holds at most one live row, so "some related row
 * matches" is "the column is set and matches". Only filters on that column (with and/or/not) fit.
 */
export function relatedColumnFilter(
  key: string,
  rollupColumn: string,
  relatedField: string,
  compiler: FieldCompiler,
): StatsRollupFilter {
  const onlyField = (value: unknown): boolean =>
    Object.entries(value as Record<string, unknown>).every(([field, operand]) => {
      if (operand === undefined || operand === null || field === relatedField) {
        return true;
      }
      if (field === 'and' || field === 'or') {
        return (operand as unknown[]).every(onlyField);
      }
      return field === 'not' && onlyField(operand);
    });
  return {
    keys: [key],
    accepts: onlyField,
    compile: (value: object, context) => {
      const inner = context.builder.compile(
        value,
        { [relatedField]: compiler } as FilterSpec<object>,
        context.alias,
        context.path,
      );
      return `"${context.alias}"."${rollupColumn}" IS NOT NULL AND ${inner}`;
    },
  };
}
