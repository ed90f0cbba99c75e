import type { EntityManager, EntityTarget } from 'typeorm';

import { paginate, withTieBreaker, type ConnectionArgs, type Page } from '../graphql/connection';
import {
  applyFilter,
  resolveLookups,
  type FilterSpec,
  type Logical,
} from './filter/filter-builder';
import { resolveOrdering, type OrderInput, type SortKey } from './orderings';
import { applySearch } from './search';
import { withSortColumns } from './selected-columns';
import type { RequestedJoin, ToOneJoin } from './to-one-join';

export interface ListArgs<F, O extends string> extends ConnectionArgs {
  filter?: (F & Logical<F>) | null;
  orderBy?: OrderInput<O>[] | null;
  search?: string | null;
}

/** What a query asks of a list's rows: its joined relations, and the columns (undefined: all). */
export interface ListSelection {
  joined: RequestedJoin[];
  columns?: ReadonlySet<string>;
}

export interface ListDefinition<E, F, O extends string, N> {
  entity: EntityTarget<E>;
  alias: string;
  filterSpec: FilterSpec<F>;
  sortKeys: Record<O, SortKey<E>>;
  defaultOrder: OrderInput<O>[];
  toNode: (row: E) => N;
  /** To-one relations the page's statement reads when a query asks for them. */
  joins?: ToOneJoin[];
}

/**
 * The one way a top-level list is answered: filter, optional full-text search (ranked best
 * first unless orderBy is given), ordering, keyset page.
 */
export async function listRecords<E extends { id: string }, F extends object, O extends string, N>(
  manager: EntityManager,
  definition: ListDefinition<E, F, O, N>,
  args: ListArgs<F, O>,
  selection: ListSelection = { joined: [] },
): Promise<Page<N>> {
  const query = manager.createQueryBuilder(definition.entity, definition.alias);
  const resolved = await resolveLookups(
    manager,
    args.filter,
    definition.filterSpec,
    definition.alias,
  );
  applyFilter(query, args.filter, definition.filterSpec, resolved);
  const ordering = resolveOrdering(args.orderBy, definition.sortKeys, definition.defaultOrder);
  if (selection.columns) {
    const needed = withSortColumns(selection.columns, withTieBreaker(ordering), definition.alias);
    query.select(
      manager.connection
        .getMetadata(definition.entity)
        .columns.filter((column) => needed.has(column.databaseName))
        .map((column) => `${definition.alias}.${column.propertyPath}`),
    );
  }
  if (args.search != null) {
    const rank = applySearch(query, args.search);
    if (!args.orderBy?.length) {
      return paginate(
        query,
        args,
        { key: 'search-rank', terms: [rank] },
        definition.toNode,
        selection.joined,
      );
    }
  }
  return paginate(query, args, ordering, definition.toNode, selection.joined);
}
