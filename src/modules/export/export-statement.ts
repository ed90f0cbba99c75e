import type { EntityManager } from 'typeorm';

import { withTieBreaker, type OrderTerm } from '../../graphql/connection';
import { FilterBuilder, resolveLookups } from '../../shared/filter/filter-builder';
import { resolveOrdering } from '../../shared/orderings';
import { checkedSearchText, searchCondition, searchRank } from '../../shared/search';
import { exportSelection, type ExportFormat } from './export-columns';
import type { RecordTable } from './record-tables';
import { inlineParameters } from './sql-literal';
import { jsonObjectSql } from './sql-values';

export interface ExportQuery {
  /** The list's filter, already coerced to the kind's XFilter input type. */
  filter?: object | null;
  search?: string | null;
}

/**
 * The SELECT that produces an export: the live records of one kind matching the list's filter
 * (compiled by the one filter builder, its values inlined) and search, in the list's default
 * order, one row per record: the CSV cells, or for JSON one column holding the line.
 */
export async function exportSelect(
  manager: EntityManager,
  table: RecordTable,
  request: ExportQuery,
  format: ExportFormat,
): Promise<string> {
  const { list } = table;
  const alias = list.alias;
  const filter = request.filter as never;
  const resolved = await resolveLookups(manager, filter, list.filterSpec, alias);
  const builder = new FilterBuilder('filter', resolved);
  const parameters: Record<string, unknown> = builder.parameters;
  const conditions = [
    `"${alias}"."deletedAt" IS NULL`,
    builder.compile(filter, list.filterSpec, alias, 'filter'),
  ];
  const ordering = resolveOrdering(null, list.sortKeys, list.defaultOrder);
  const terms = withTieBreaker(ordering as never).map(
    (term: OrderTerm<never>) => `${term.sql(alias)} ${term.direction}`,
  );
  if (request.search != null) {
    parameters.searchText = checkedSearchText(request.search);
    conditions.push(searchCondition(alias, ':searchText'));
    terms.unshift(`${searchRank(alias, ':searchText')} DESC`);
  }
  const where = inlineParameters(
    manager,
    conditions.map((part) => `(${part})`).join(' AND '),
    parameters,
  );
  const orderBy = inlineParameters(manager, terms.join(', '), parameters);
  const from = `"${manager.connection.getMetadata(list.entity).tableName}" "${alias}"`;
  const { joins, columns } = exportSelection(
    table,
    alias,
    format,
    `SELECT "${alias}"."id" FROM ${from} WHERE ${where}`,
  );
  const select =
    format === 'csv'
      ? columns.map(([name, sql]) => `${sql} AS "${name}"`).join(',\n  ')
      : `${jsonObjectSql(columns)} AS "line"`;
  return `SELECT ${select}\nFROM ${from}\n${joins.join('\n')}\nWHERE ${where}\nORDER BY ${orderBy}`;
}
