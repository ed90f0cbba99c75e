import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import type { OrderTerm } from '../graphql/connection';
import { badInput } from '../graphql/errors';

export const MAX_SEARCH_LENGTH = 200;

// Names are indexed with the 'simple' configuration (no stemming) and prose with 'english', so a
// query is tried both ways: "plots" finds "plot" in a summary, and "Abdelkrim" stays whole.
export const tsQuery = (parameter: string): string =>
  `(websearch_to_tsquery('english', ${parameter}) || websearch_to_tsquery('simple', ${parameter}))`;

/**
 * True when the query matches the names and titles of the row whose vector is `vector` (SQL): the
 * weight-A lexemes of "searchVector", indexed on their own (migration search-name-indexes).
 */
export const namesMatch = (vector: string, parameter: string): string =>
  `ts_filter(${vector}, '{a}') @@ ${tsQuery(parameter)}`;

export function checkedSearchText(text: string, field = 'search'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) {
    throw badInput(field, 'must not be empty');
  }
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw badInput(field, `at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return trimmed;
}

/** The full-text match on the row aliased `alias`, with the search text bound as `parameter`. */
export const searchCondition = (alias: string, parameter: string): string =>
  `"${alias}"."searchVector" @@ ${tsQuery(parameter)}`;

/** The rank of the row aliased `alias` for the search text bound as `parameter`; higher is better. */
export const searchRank = (alias: string, parameter: string): string =>
  `ts_rank("${alias}"."searchVector", ${tsQuery(parameter)})`;

/**
 * Narrows `query` to rows matching the full-text `text` and returns the rank sort key, so that
 * results come best first unless the client orders them otherwise.
 */
export function applySearch<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  text: string,
): OrderTerm<E> {
  const alias = query.alias;
  query.andWhere(searchCondition(alias, ':searchText'), {
    searchText: checkedSearchText(text),
  });
  return {
    sql: (rowAlias) => searchRank(rowAlias, ':searchText'),
    direction: 'DESC',
    value: (_row, raw) => Number(raw.search_rank),
    cursor: 'number',
    selectAs: 'search_rank',
  };
}
