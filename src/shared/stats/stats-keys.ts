import { Int } from 'type-graphql';
import type { EntityTarget } from 'typeorm';

import type { ActorRoleKind } from '../actor-role/actor-role.enum';
import type { RecordSql, StatsFieldType, StatsKey, StatsReference, StatsSum } from './stats-spec';

// Builders for the keys and sums of stats specs. Uncertain dates follow their stored form
// (shared/fuzzy-date): `<prefix>Start`, `<prefix>StartPrecision`, `<prefix>Latest` (null when
// open-ended), so "which year" is only answered when the whole span [start, latest] is in one.

const column = (alias: string, name: string) => `"${alias}"."${name}"`;

/** A column of the record itself, e.g. an enum; enums sort in their schema order. */
export function columnKey(
  name: string,
  field: string,
  type: StatsFieldType,
  description: string,
): StatsKey {
  return { field, type, description, value: (alias) => column(alias, name) };
}

/** Year of the fuzzy date `prefix` when its whole span lies in one calendar year, else null. */
export function yearKey(prefix: string, what: string): StatsKey {
  return {
    field: 'year',
    type: () => Int,
    description: `Calendar year of ${what}, when the whole span the date can cover lies in that year; null when the year is unknown (a range across years, a "since ..." date, or no date).`,
    value: (alias) => {
      const start = column(alias, `${prefix}Start`);
      const latest = column(alias, `${prefix}Latest`);
      return `CASE WHEN ${latest} IS NOT NULL AND date_part('year', ${start}) = date_part('year', ${latest}) THEN date_part('year', ${start})::int END`;
    },
  };
}

/**
 * Year in which the fuzzy date `prefix` starts. A start is reported at least to the year, so this
 * is exact even for ranges and open-ended dates; null only when the date is unknown.
 */
export function startYearKey(prefix: string, what: string): StatsKey {
  return {
    field: 'year',
    type: () => Int,
    description: `Calendar year in which ${what} began (exact even for ranges and "since ..." periods); null when no date is known.`,
    value: (alias) => `date_part('year', ${column(alias, `${prefix}Start`)})::int`,
  };
}

/** Month (1-12) of the fuzzy date `prefix` when it is known to the day or month and its span lies in one month. */
export function monthKey(prefix: string, what: string): StatsKey {
  return {
    field: 'month',
    type: () => Int,
    description: `Month of ${what}, 1 to 12, when the date is known to the day or month and its whole span lies in one calendar month; null otherwise (a date known only to the year lands in its year's "month unknown" bucket). Combine with YEAR for a timeline.`,
    value: (alias) => {
      const start = column(alias, `${prefix}Start`);
      const latest = column(alias, `${prefix}Latest`);
      const precision = column(alias, `${prefix}StartPrecision`);
      return `CASE WHEN ${precision} IN ('DAY', 'MONTH') AND ${latest} IS NOT NULL AND date_trunc('month', ${start}) = date_trunc('month', ${latest}) THEN date_part('month', ${start})::int END`;
    },
  };
}

/** One bucket per distinct element of an array column; an empty array lands in the null bucket. */
export function elementKey(
  name: string,
  field: string,
  type: StatsFieldType,
  description: string,
): StatsKey {
  return {
    field,
    type,
    description,
    values: (alias) =>
      `SELECT DISTINCT "element" AS "value", "element" AS "sort" FROM unnest(${column(alias, name)}) AS "element"`,
  };
}

/** A column of the live (not soft-deleted) row the foreign key points to, sorted by `sortColumn`. */
export function relatedValues(
  table: string,
  foreignKey: string,
  valueColumn: string,
  sortColumn: string = valueColumn,
): RecordSql {
  return (alias) =>
    `SELECT "related"."${valueColumn}" AS "value", "related"."${sortColumn}" AS "sort" FROM "${table}" "related" WHERE "related"."id" = ${column(alias, foreignKey)} AND "related"."deletedAt" IS NULL`;
}

function roleRows(subjectColumn: string, role: ActorRoleKind, subject: string, tag: string) {
  const roleAlias = `stats_role_${tag}`;
  const actorAlias = `stats_actor_${tag}`;
  return {
    actor: actorAlias,
    from: `FROM "actor_roles" "${roleAlias}" JOIN "actors" "${actorAlias}" ON "${actorAlias}"."id" = "${roleAlias}"."actorId" AND "${actorAlias}"."deletedAt" IS NULL WHERE "${roleAlias}"."role" = '${role}' AND "${roleAlias}"."${subjectColumn}" = ${subject}`,
  };
}

export interface InheritedRole {
  /** The record's foreign key to the record whose actors stand in, e.g. 'plotId'. */
  foreignKey: string;
  /** That record's table and its subject column in actor_roles, e.g. 'plots' and 'plotId'. */
  table: string;
  subjectColumn: string;
}

/**
 * The live actors in `role` on the record, sorted by name. With `inherit`, a record that has no
 * such actor takes those of the record it points to (an incident without a sponsor of its own
 * takes its plot's).
 */
export function actorsInRole(
  subjectColumn: string,
  role: ActorRoleKind,
  inherit?: InheritedRole,
): RecordSql {
  return (alias) => {
    const own = roleRows(subjectColumn, role, column(alias, 'id'), 'own');
    const select = (rows: { actor: string }) =>
      `"${rows.actor}"."id" AS "value", "${rows.actor}"."name" AS "sort"`;
    if (!inherit) {
      return `SELECT DISTINCT ${select(own)} ${own.from}`;
    }
    const parent = column(alias, inherit.foreignKey);
    const inherited = roleRows(inherit.subjectColumn, role, parent, 'inherited');
    const none = roleRows(subjectColumn, role, column(alias, 'id'), 'none');
    const liveParent = `EXISTS (SELECT 1 FROM "${inherit.table}" "stats_parent" WHERE "stats_parent"."id" = ${parent} AND "stats_parent"."deletedAt" IS NULL)`;
    // UNION also removes an actor recorded twice in the role.
    return `SELECT ${select(own)} ${own.from} UNION SELECT ${select(inherited)} ${inherited.from} AND ${liveParent} AND NOT EXISTS (SELECT 1 ${none.from})`;
  };
}

/** Shows an id as the live record it identifies, loaded through the per-request DataLoader. */
export function loadedAs<E extends { id: string }, N>(
  entity: EntityTarget<E>,
  toNode: (row: E) => N,
): StatsReference {
  return {
    load: async (loaders, id) => {
      const row = await loaders.byId(entity).load(id);
      return row ? toNode(row) : null;
    },
  };
}

/** Sum of a nullable integer column over the records that report it; null when none does. */
export function sumOf(name: string, description: string): StatsSum {
  return {
    type: () => Int,
    nullable: true,
    description,
    sql: (alias) => `sum(${column(alias, name)})::int`,
  };
}

/** How many of the bucket's records report a value in the column (unknown is not zero). */
export function reportedCountOf(name: string, description: string): StatsSum {
  return {
    type: () => Int,
    nullable: false,
    description,
    sql: (alias) => `count(${column(alias, name)})::int`,
  };
}
