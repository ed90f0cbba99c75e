import { badInput } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/global-id';
import { parsePartialDate } from '../fuzzy-date/fuzzy-date';
import {
  MAX_LOOKUP_IDS,
  type FieldCompiler,
  type FilterContext,
  type FilterSpec,
  type Logical,
  type SpecThunk,
} from './filter-builder';
import type { BoundingBoxInput, DateRangeInput, FuzzyDateFilter } from './operators';

/** An SQL expression for the row aliased `alias`. */
export type ColumnSql = (alias: string) => string;

export const column =
  (name: string): ColumnSql =>
  (alias) =>
    `"${alias}"."${name}"`;

const MAX_LIST = 100;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function rejectNullWithOthers(
  value: Record<string, unknown>,
  context: FilterContext,
  nullKey = 'isNull',
): void {
  const others = Object.entries(value).filter(
    ([key, operand]) => key !== nullKey && operand !== undefined && operand !== null,
  );
  if (value[nullKey] === true && others.length > 0) {
    throw badInput(
      `${context.path}.${nullKey}`,
      `cannot be true together with ${others.map(([key]) => key).join(', ')}`,
    );
  }
}

function checkedList(values: unknown[], context: FilterContext, key: string): unknown[] {
  if (values.length > MAX_LIST) {
    throw badInput(`${context.path}.${key}`, `at most ${MAX_LIST} values`);
  }
  return values;
}

function checkedPair<T>(values: T[], context: FilterContext): [T, T] {
  if (values.length !== 2) {
    throw badInput(`${context.path}.between`, 'takes exactly two values: [low, high]');
  }
  if (values[0] > values[1]) {
    throw badInput(`${context.path}.between`, 'low is greater than high');
  }
  return [values[0], values[1]];
}

/**
 * eq, notEq, in, notIn, lt, lte, gt, gte, between, contains, startsWith, isNull: whichever the
 * input type offers. `convert` maps each operand (e.g. a global ID to a UUID) before binding.
 */
export function comparable(
  sql: ColumnSql,
  convert: (operand: never, context: FilterContext, key: string) => unknown = (operand) => operand,
): FieldCompiler {
  return (value: Record<string, unknown>, context) => {
    rejectNullWithOthers(value, context);
    const target = sql(context.alias);
    const { builder } = context;
    const one = (key: string) => builder.param(convert(value[key] as never, context, key));
    const parts: string[] = [];
    for (const [key, operand] of Object.entries(value)) {
      if (operand === undefined || operand === null) {
        continue;
      }
      switch (key) {
        case 'eq':
          parts.push(`${target} = ${one(key)}`);
          break;
        case 'notEq':
          parts.push(`${target} <> ${one(key)}`);
          break;
        case 'lt':
          parts.push(`${target} < ${one(key)}`);
          break;
        case 'lte':
          parts.push(`${target} <= ${one(key)}`);
          break;
        case 'gt':
          parts.push(`${target} > ${one(key)}`);
          break;
        case 'gte':
          parts.push(`${target} >= ${one(key)}`);
          break;
        case 'in':
        case 'notIn': {
          const values = checkedList(operand as unknown[], context, key).map((item) =>
            convert(item as never, context, key),
          );
          if (values.length === 0) {
            parts.push(key === 'in' ? 'FALSE' : 'TRUE');
          } else {
            parts.push(`${target} ${key === 'in' ? 'IN' : 'NOT IN'} ${builder.paramList(values)}`);
          }
          break;
        }
        case 'between': {
          const [low, high] = checkedPair(operand as number[], context);
          parts.push(`${target} BETWEEN ${builder.param(low)} AND ${builder.param(high)}`);
          break;
        }
        case 'contains':
          parts.push(`${target} ILIKE ${builder.param(`%${escapeLike(String(operand))}%`)}`);
          break;
        case 'startsWith':
          parts.push(`${target} ILIKE ${builder.param(`${escapeLike(String(operand))}%`)}`);
          break;
        case 'isNull':
          parts.push(`${target} IS ${operand ? '' : 'NOT '}NULL`);
          break;
        default:
          throw badInput(`${context.path}.${key}`, 'is not a supported operator');
      }
    }
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  };
}

/** Global-ID operators on the primary key: an ID of another kind is BAD_USER_INPUT. */
export function globalIdColumn(typeName: string): FieldCompiler {
  return comparable(column('id'), (operand: string, context, key) =>
    fromGlobalId(operand, typeName, `${context.path}.${key}`),
  );
}

/** contains / overlaps / isEmpty on an array column; `elementType` is its SQL element type. */
export function arrayColumn(sql: ColumnSql, elementType: string): FieldCompiler {
  return (value: { contains?: unknown[]; overlaps?: unknown[]; isEmpty?: boolean }, context) => {
    const target = sql(context.alias);
    const parts: string[] = [];
    if (value.contains) {
      const values = checkedList(value.contains, context, 'contains');
      parts.push(
        values.length === 0
          ? 'TRUE'
          : `${target} @> ARRAY[${context.builder.paramList(values).slice(1, -1)}]::${elementType}[]`,
      );
    }
    if (value.overlaps) {
      const values = checkedList(value.overlaps, context, 'overlaps');
      parts.push(
        values.length === 0
          ? 'FALSE'
          : `${target} && ARRAY[${context.builder.paramList(values).slice(1, -1)}]::${elementType}[]`,
      );
    }
    if (value.isEmpty !== undefined && value.isEmpty !== null) {
      parts.push(`cardinality(${target}) ${value.isEmpty ? '=' : '>'} 0`);
    }
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  };
}

function rangeBounds(
  range: DateRangeInput,
  path: string,
): { first: string | null; last: string | null } {
  const from = range.from ? parsePartialDate(range.from) : null;
  const to = range.to ? parsePartialDate(range.to) : null;
  if (range.from && !from) {
    throw badInput(`${path}.from`, 'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (range.to && !to) {
    throw badInput(`${path}.to`, 'must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (!from && !to) {
    throw badInput(path, 'give from, to or both');
  }
  if (from && to && to.last < from.first) {
    throw badInput(`${path}.to`, 'the period ends before it starts');
  }
  return { first: from?.first ?? null, last: to?.last ?? null };
}

/**
 * Uncertain dates are stored as the span [start, latest] they could cover (latest null when
 * open-ended), so "could fall in" and "certainly falls in" are plain indexed comparisons.
 */
export function fuzzyDate(prefix: string): FieldCompiler {
  return (value: FuzzyDateFilter, context) => {
    rejectNullWithOthers(value as Record<string, unknown>, context);
    const start = `"${context.alias}"."${prefix}Start"`;
    const latest = `"${context.alias}"."${prefix}Latest"`;
    const parts: string[] = [];
    if (value.overlaps) {
      const { first, last } = rangeBounds(value.overlaps, `${context.path}.overlaps`);
      parts.push(`${start} IS NOT NULL`);
      if (last) {
        parts.push(`${start} <= ${context.builder.param(last)}`);
      }
      if (first) {
        parts.push(`(${latest} IS NULL OR ${latest} >= ${context.builder.param(first)})`);
      }
    }
    if (value.within) {
      const { first, last } = rangeBounds(value.within, `${context.path}.within`);
      parts.push(`${start} IS NOT NULL`);
      if (first) {
        parts.push(`${start} >= ${context.builder.param(first)}`);
      }
      if (last) {
        parts.push(`${latest} <= ${context.builder.param(last)}`);
      }
    }
    if (value.isNull !== undefined && value.isNull !== null) {
      parts.push(`${start} IS ${value.isNull ? '' : 'NOT '}NULL`);
    }
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  };
}

/** Latitude/longitude inside a box; a box with east < west crosses the antimeridian. */
export function boundingBox(latitude: ColumnSql, longitude: ColumnSql): FieldCompiler {
  return (box: BoundingBoxInput, context) => {
    for (const [key, limit] of [
      ['south', 90],
      ['north', 90],
      ['west', 180],
      ['east', 180],
    ] as const) {
      if (Math.abs(box[key]) > limit) {
        throw badInput(`${context.path}.${key}`, `must be between -${limit} and ${limit}`);
      }
    }
    if (box.south > box.north) {
      throw badInput(`${context.path}.south`, 'is north of north');
    }
    const { builder, alias } = context;
    const lat = latitude(alias);
    const lon = longitude(alias);
    const latitudeCondition = `${lat} BETWEEN ${builder.param(box.south)} AND ${builder.param(box.north)}`;
    const longitudeCondition =
      box.west <= box.east
        ? `${lon} BETWEEN ${builder.param(box.west)} AND ${builder.param(box.east)}`
        : `(${lon} >= ${builder.param(box.west)} OR ${lon} <= ${builder.param(box.east)})`;
    return `${latitudeCondition} AND ${longitudeCondition}`;
  };
}

export interface RelatedTable {
  table: string;
  /** Whether rows are soft-deleted (deleted rows never match). */
  softDelete: boolean;
}

const live = (related: RelatedTable, alias: string) =>
  related.softDelete ? ` AND "${alias}"."deletedAt" IS NULL` : '';

/** A to-one relation: the related row exists, is live, and matches the nested filter. */
export function toOne<F extends object>(
  related: RelatedTable,
  foreignKey: string,
  spec: SpecThunk<F>,
): FieldCompiler {
  return (value: F & Logical<F>, context) => {
    const inner = context.builder.alias('r');
    const condition = context.builder.compile(value, spec(), inner, context.path);
    return `EXISTS (SELECT 1 FROM "${related.table}" "${inner}" WHERE "${inner}"."id" = "${context.alias}"."${foreignKey}"${live(related, inner)} AND ${condition})`;
  };
}

/**
 * A to-one relation like `toOne`, whose matching related ids may be looked up first
 * (resolveLookups): then the condition is `foreignKey = ANY(ids)`, which the planner can
 * estimate, instead of an EXISTS through the related table. Same meaning either way.
 */
export function lookup<F extends object>(
  related: RelatedTable,
  foreignKey: string,
  spec: SpecThunk<F>,
): FieldCompiler {
  const exists = toOne(related, foreignKey, spec);
  return (value: F & Logical<F>, context) => {
    const { builder, alias, path } = context;
    const ids = builder.resolved.get(path);
    if (ids) {
      return ids.length === 0
        ? 'FALSE'
        : `"${alias}"."${foreignKey}" = ANY(CAST(${builder.param(ids)} AS uuid[]))`;
    }
    const inner = builder.alias('lookup');
    const condition = builder.compile(value, spec(), inner, path);
    builder.lookups.push({
      path,
      sql: `SELECT "${inner}"."id" FROM "${related.table}" "${inner}" WHERE TRUE${live(related, inner)} AND ${condition} LIMIT ${MAX_LOOKUP_IDS + 1}`,
    });
    return exists(value as never, context);
  };
}

export interface ListFilterShape<F> {
  some?: F | null;
  every?: F | null;
  none?: F | null;
}

/**
 * A to-many relation as { some, every, none }, each an EXISTS / NOT EXISTS subquery on rows
 * whose `foreignKey` points at this row (`extraJoin` narrows them, e.g. to one role).
 */
export function toMany<F extends object>(
  related: RelatedTable,
  foreignKey: string,
  spec: SpecThunk<F>,
  extraCondition: (inner: string, context: FilterContext) => string = () => 'TRUE',
): FieldCompiler {
  return (value: ListFilterShape<F & Logical<F>>, context) => {
    const parts: string[] = [];
    const subquery = (filter: F & Logical<F>, path: string, negate: boolean) => {
      const inner = context.builder.alias('m');
      const condition = context.builder.compile(filter, spec(), inner, path);
      return `EXISTS (SELECT 1 FROM "${related.table}" "${inner}" WHERE "${inner}"."${foreignKey}" = "${context.alias}"."id"${live(related, inner)} AND ${extraCondition(inner, context)} AND ${negate ? `NOT (${condition})` : condition})`;
    };
    if (value.some) {
      parts.push(subquery(value.some, `${context.path}.some`, false));
    }
    if (value.every) {
      parts.push(`NOT ${subquery(value.every, `${context.path}.every`, true)}`);
    }
    if (value.none) {
      parts.push(`NOT ${subquery(value.none, `${context.path}.none`, false)}`);
    }
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  };
}

export type { FilterSpec };
