import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget } from 'typeorm';

import { fetchEntities } from '../db/hydrate';
import { namedQuery } from '../db/named-query';
import {
  keysetPlan,
  pageWindow,
  toPage,
  withTieBreaker,
  type ConnectionArgs,
  type Page,
} from '../graphql/connection';
import { FilterBuilder, type FilterSpec, type Logical } from './filter/filter-builder';
import type { ListDefinition } from './list';
import { resolveOrdering, type OrderInput, type SortKey } from './orderings';

type Keyed = { id: string };

/** A to-many relation served as a connection on each parent. */
export interface NestedDefinition<E extends Keyed, F, O extends string, N> {
  /** Unique name, for the per-request loader cache. */
  name: string;
  entity: EntityTarget<E>;
  table: string;
  softDelete: boolean;
  /** SQL tying a row to the parent id expression `parent`, e.g. `"row"."plotId" = parent`. */
  link: (row: string, parent: string) => string;
  /**
   * When rows are reached through a link table (an actor's incidents through actor_roles): a
   * query of the distinct row ids for `parent`. The rows are then joined from those ids, so the
   * planner starts from the parent's few links instead of testing `link` on every row.
   */
  candidates?: (parent: string) => string;
  filterSpec?: FilterSpec<F>;
  sortKeys: Record<O, SortKey<E>>;
  defaultOrder: OrderInput<O>[];
  toNode: (row: E) => N;
}

export interface NestedArgs<F, O extends string> extends ConnectionArgs {
  filter?: (F & Logical<F>) | null;
  orderBy?: OrderInput<O>[] | null;
}

/**
 * Batches one nested connection for every parent on the page: one windowed query picks each
 * parent's page (ROW_NUMBER per parent, keyset conditions as at top level) and returns its rows.
 * One statement per field, whatever the page size (plus one for totalCount when asked).
 */
export function createNestedLoader<E extends Keyed, F extends object, O extends string, N>(
  manager: EntityManager,
  definition: NestedDefinition<E, F, O, N>,
  args: NestedArgs<F, O>,
): DataLoader<string, Page<N>> {
  const window = pageWindow(args);
  const ordering = resolveOrdering(args.orderBy, definition.sortKeys, definition.defaultOrder);
  const terms = withTieBreaker(ordering);

  const matching = (builder: FilterBuilder, parent: string): string[] => {
    const conditions = [definition.link('row', parent)];
    if (definition.softDelete) {
      conditions.push(`"row"."deletedAt" IS NULL`);
    }
    if (args.filter && definition.filterSpec) {
      conditions.push(builder.compile(args.filter, definition.filterSpec, 'row', 'filter'));
    }
    return conditions;
  };

  // Parents and their rows: through the candidates query when there is one (its ids replace `link`).
  const from = (parents: string, conditions: string[]) => {
    const parentsSql = `FROM unnest(CAST(${parents} AS uuid[])) AS "parent"("id")`;
    if (!definition.candidates) {
      return `${parentsSql} JOIN "${definition.table}" "row" ON ${conditions.join(' AND ')}`;
    }
    return `${parentsSql}
       CROSS JOIN LATERAL (${definition.candidates('"parent"."id"')}) AS "candidate"("id")
       JOIN "${definition.table}" "row" ON "row"."id" = "candidate"."id" AND ${conditions.slice(1).join(' AND ') || 'TRUE'}`;
  };

  const run = <R>(sql: string, builder: FilterBuilder) =>
    namedQuery<R>(manager, sql, builder.parameters);

  const counts = new DataLoader<string, number>(async (parentIds) => {
    const builder = new FilterBuilder('nested');
    const parents = builder.param([...parentIds]);
    const found = await run<{ parent: string; count: string }>(
      `SELECT "parent"."id" AS "parent", count(*) AS "count"
       ${from(parents, matching(builder, '"parent"."id"'))}
       GROUP BY "parent"."id"`,
      builder,
    );
    const byParent = new Map(found.map((row) => [row.parent, Number(row.count)]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });

  return new DataLoader<string, Page<N>>(async (parentIds) => {
    const pages = new Map<string, E[]>(parentIds.map((id) => [id, []]));
    if (window.size > 0) {
      const builder = new FilterBuilder('nested');
      const parents = builder.param([...parentIds]);
      const plan = keysetPlan(terms, ordering.key, args, window, 'row', (value) =>
        builder.param(value),
      );
      const conditions = [...matching(builder, '"parent"."id"'), ...plan.conditions];
      const orderBy = plan.orderBy.map((term) => `${term.sql} ${term.direction}`).join(', ');
      // The page of ids per parent and the rows themselves in one statement (the rows are
      // hydrated by TypeORM from the same result), rather than ids first and rows second.
      const { entities, raw } = await fetchEntities(
        manager
          .createQueryBuilder(definition.entity, 'row')
          .innerJoin(
            `(SELECT "row"."id" AS "id", "parent"."id" AS "parent",
                  ROW_NUMBER() OVER (PARTITION BY "parent"."id" ORDER BY ${orderBy}) AS "position"
           ${from(parents, conditions)})`,
            'ranked',
            `"ranked"."id" = "row"."id" AND "ranked"."position" <= ${builder.param(window.size + 1)}`,
          )
          .addSelect('"ranked"."parent"', 'nested_parent')
          .orderBy('"ranked"."parent"')
          .addOrderBy('"ranked"."position"')
          .setParameters(builder.parameters),
      );
      const byId = new Map(entities.map((row) => [row.id, row]));
      for (const picked of raw as Record<string, string>[]) {
        const row = byId.get(picked.row_id);
        if (row) {
          pages.get(picked.nested_parent)?.push(row);
        }
      }
    }
    return parentIds.map((parentId) =>
      toPage(
        (pages.get(parentId) ?? []).map((row) => ({ row })),
        window,
        args,
        terms,
        ordering.key,
        definition.toNode,
        () => counts.load(parentId),
      ),
    );
  });
}

/** A to-many relation whose child rows carry the parent's id in `foreignKey`, listed like the child's top-level list. */
export function relationByForeignKey<E extends Keyed, F, O extends string, N>(
  list: ListDefinition<E, F, O, N>,
  table: string,
  foreignKey: string,
): NestedDefinition<E, F, O, N> {
  return {
    name: `${table}.${foreignKey}`,
    entity: list.entity,
    table,
    softDelete: true,
    link: (row, parent) => `"${row}"."${foreignKey}" = ${parent}`,
    filterSpec: list.filterSpec,
    sortKeys: list.sortKeys,
    defaultOrder: list.defaultOrder,
    toNode: list.toNode,
  };
}
