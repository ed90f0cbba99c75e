import type { Ordering, SortDirection } from '../graphql/connection';
import type { FuzzyDateColumns } from './fuzzy-date/fuzzy-date.columns';

// Unknown dates sort as the earliest possible day, so that keyset comparisons never meet NULL.
const UNKNOWN_DATE = '0001-01-01';

/** Order by the start of an uncertain date (records with unknown dates last when descending). */
export function byFuzzyDateStart<E extends object>(
  alias: string,
  property: { [K in keyof E]: E[K] extends FuzzyDateColumns ? K : never }[keyof E] & string,
  direction: SortDirection,
): Ordering<E> {
  return {
    key: `${property}.start:${direction}`,
    terms: [
      {
        sql: `COALESCE("${alias}"."${property}Start", DATE '${UNKNOWN_DATE}')`,
        direction,
        value: (row) => (row[property] as FuzzyDateColumns).start ?? UNKNOWN_DATE,
      },
    ],
  };
}

/** Order by a non-null text column. */
export function byText<E extends object>(
  alias: string,
  property: { [K in keyof E]: E[K] extends string ? K : never }[keyof E] & string,
  direction: SortDirection,
): Ordering<E> {
  return {
    key: `${property}:${direction}`,
    terms: [
      { sql: `"${alias}"."${property}"`, direction, value: (row) => row[property] as string },
    ],
  };
}
