import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';

import type { CursorValueKind, Ordering, OrderTerm, SortDirection } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import type { FuzzyDateColumns } from './fuzzy-date/fuzzy-date.columns';
import { registerDescribedEnum } from './register-enum';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerDescribedEnum(SortOrder, 'SortDirection', 'Sort direction.', {
  ASC: 'Smallest, earliest or A first.',
  DESC: 'Largest, latest or Z first.',
});

/** How to sort by one field: an SQL expression that is never null, and the same value read from a row. */
export interface SortKey<E> {
  sql: (alias: string) => string;
  value: (row: E) => string | number;
  cursor: CursorValueKind;
}

// Unknown values sort as the smallest possible, so that keyset comparisons never meet NULL.
const UNKNOWN_DATE = '0001-01-01';

/** The start of an uncertain date; unknown dates sort first ascending, last descending. */
export function fuzzyDateKey<E>(property: string, read: (row: E) => FuzzyDateColumns): SortKey<E> {
  return {
    sql: (alias) => `COALESCE("${alias}"."${property}Start", DATE '${UNKNOWN_DATE}')`,
    value: (row) => read(row).start ?? UNKNOWN_DATE,
    cursor: 'date',
  };
}

export function textKey<E>(property: string, read: (row: E) => string | null): SortKey<E> {
  return {
    sql: (alias) => `COALESCE("${alias}"."${property}", '')`,
    value: (row) => read(row) ?? '',
    cursor: 'text',
  };
}

export function numberKey<E>(property: string, read: (row: E) => number | null): SortKey<E> {
  return {
    sql: (alias) => `COALESCE("${alias}"."${property}", -1)`,
    value: (row) => read(row) ?? -1,
    cursor: 'number',
  };
}

/** Timestamps are compared at millisecond precision, the precision a cursor can carry. */
export function instantKey<E>(property: string, read: (row: E) => Date): SortKey<E> {
  return {
    sql: (alias) => `date_trunc('milliseconds', "${alias}"."${property}")`,
    value: (row) => read(row).toISOString(),
    cursor: 'instant',
  };
}

export interface OrderInput<F extends string> {
  field: F;
  direction: SortOrder;
}

/** `XOrder { field: XOrderField!, direction: SortDirection = ASC }` for a kind's order-field enum. */
export function createOrderInput<F extends string>(
  fieldEnum: Record<string, F>,
  typeName: string,
): ClassType<OrderInput<F>> {
  @InputType(`${typeName}Order`, {
    description: `One sort key for ${typeName} lists; the row id always breaks ties.`,
  })
  class Order {
    @Field(() => fieldEnum, { description: 'The field to sort by.' })
    field!: F;

    @Field(() => SortOrder, {
      defaultValue: SortOrder.ASC,
      description: 'The direction. Default ASC.',
    })
    direction!: SortOrder;
  }
  return Order;
}

export function registerOrderFields(
  fieldEnum: Record<string, string>,
  typeName: string,
  descriptions: Record<string, string>,
): void {
  registerEnumType(fieldEnum, {
    name: `${typeName}OrderField`,
    description: `Fields ${typeName} lists can be sorted by (each backed by an index or a cheap expression).`,
    valuesConfig: Object.fromEntries(
      Object.keys(fieldEnum).map((key) => [key, { description: descriptions[key] }]),
    ),
  });
}

const MAX_SORT_KEYS = 4;

/** Turns `orderBy` into an Ordering whose key identifies it inside cursors. */
export function resolveOrdering<E, F extends string>(
  orderBy: OrderInput<F>[] | null | undefined,
  keys: Record<F, SortKey<E>>,
  fallback: OrderInput<F>[],
): Ordering<E> {
  const terms = orderBy && orderBy.length > 0 ? orderBy : fallback;
  if (terms.length > MAX_SORT_KEYS) {
    throw badInput('orderBy', `at most ${MAX_SORT_KEYS} sort keys`);
  }
  const seen = new Set<string>();
  for (const [index, term] of terms.entries()) {
    if (seen.has(term.field)) {
      throw badInput(`orderBy.${index}.field`, `${term.field} is given twice`);
    }
    seen.add(term.field);
  }
  return {
    key: terms.map((term) => `${term.field}:${term.direction}`).join(','),
    terms: terms.map((term): OrderTerm<E> => ({
      sql: keys[term.field].sql,
      direction: term.direction as SortDirection,
      value: keys[term.field].value,
      cursor: keys[term.field].cursor,
    })),
  };
}
