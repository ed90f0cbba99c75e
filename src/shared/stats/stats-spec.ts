import type { EntityTarget, ObjectLiteral } from 'typeorm';

import type { FilterSpec } from '../filter/filter-builder';
import type { Loaders } from '../loaders';
import type { StatsRollup } from './stats-rollup';

/** An SQL fragment for the record aliased `alias`. */
export type RecordSql = (alias: string) => string;

/** The GraphQL type of a bucket field: a scalar, an enum or an object type. */
export type StatsFieldType = () => object;

/** A key whose value is an id, shown as the object it identifies (loaded in one batch per request). */
export interface StatsReference {
  load: (loaders: Loaders, id: string) => Promise<unknown>;
}

interface StatsKeyBase {
  /** The bucket field holding the key's value, e.g. 'sponsor'. */
  field: string;
  type: StatsFieldType;
  /** Says what the value is and what null means; shown on the enum value and the bucket field. */
  description: string;
  reference?: StatsReference;
}

/**
 * Where a key's value comes from: one expression per record (`value`), or a correlated subquery
 * (`values`) joined LATERAL that yields the record's values as rows of `value` and `sort`. With
 * `values` a record counts once in the bucket of each value it has, and in the null bucket when it
 * has none.
 */
export type StatsKey = StatsKeyBase &
  ({ value: RecordSql; values?: never } | { values: RecordSql; value?: never });

/** A per-bucket aggregate, e.g. the sum of reported deaths. */
export interface StatsSum {
  type: StatsFieldType;
  /** False when the aggregate can be null (a sum over records that all leave the value unreported). */
  nullable: boolean;
  description: string;
  /** The aggregate over the bucket's records, e.g. `sum("incident"."killed")::int`. */
  sql: RecordSql;
}

/** The keys a kind can be grouped by (by enum value name) and the sums its buckets carry. */
export interface StatsFields {
  keys: Record<string, StatsKey>;
  sums: Record<string, StatsSum>;
}

/** What one stats query reads: the records (filtered as their list is), its keys and its sums. */
export interface StatsSpec<E extends ObjectLiteral, F> extends StatsFields {
  entity: EntityTarget<E>;
  alias: string;
  filterSpec: FilterSpec<F>;
  /** Pre-aggregated buckets that answer the group-bys and filters they cover (stats-rollup.ts). */
  rollup?: StatsRollup;
}

/** One bucket as the query returns it: keys by bucket field (ids for references), count, sums. */
export interface StatsRow {
  keys: Record<string, unknown>;
  count: number;
  sums: Record<string, unknown>;
}
