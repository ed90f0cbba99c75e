import type DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { andLiveRows, entityColumns, hydrate } from '../db/hydrate';
import { readQuery } from '../db/named-query';
import type { Page } from '../graphql/connection';
import type { ListSelection } from './list';
import { createNestedLoader, type NestedArgs, type NestedDefinition } from './nested';
import { mapMaybe, RowLoader } from './row-loader';
import { nodeFieldInfos, selectedColumns } from './selected-columns';
import type { RequestedJoin, ToOneJoin } from './to-one-join';

type Keyed = ObjectLiteral & { id: string };

/**
 * Per-request DataLoaders, created lazily per entity and per nested connection, so that every
 * relation field costs the same statements per request level, whatever the page size.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<unknown, Map<string, RowLoader<Keyed>>>();
  private readonly nestedLoaders = new Map<string, DataLoader<string, Page<unknown>>>();
  /** The nested loader of each connection field of the document: its args are the same for every parent. */
  private readonly nestedByField = new Map<
    readonly FieldNode[],
    { definition: unknown; loader: DataLoader<string, Page<unknown>> }
  >();

  constructor(private readonly manager: EntityManager) {}

  /**
   * Live (not soft-deleted) rows by primary key; a missing id loads as null. Given the field's
   * resolve info, only the columns its selection needs are read (the others stay undefined;
   * src/shared/selected-columns.ts), in a loader per column set.
   */
  byId<E extends Keyed>(entity: EntityTarget<E>, info?: GraphQLResolveInfo): RowLoader<E> {
    const selection = info && selectedColumns(this.manager, entity, info, 'object');
    let byColumns = this.byIdLoaders.get(entity);
    if (!byColumns) {
      byColumns = new Map();
      this.byIdLoaders.set(entity, byColumns);
    }
    const cacheKey = selection?.key ?? '*';
    let loader = byColumns.get(cacheKey);
    if (!loader) {
      const metadata = this.manager.connection.getMetadata(entity);
      // Written once per loader, not through the query builder: building the same SELECT on
      // every batch cost more CPU than hydrating its rows.
      const columns = entityColumns(this.manager, entity, 'row', selection?.columns);
      const statement = `SELECT ${columns}
        FROM "${metadata.tableName}" "row" WHERE "row"."id" = ANY($1)${andLiveRows(this.manager, entity, 'row')}`;
      loader = new RowLoader<Keyed>(async (ids) => {
        // Not a prepared statement: its text depends on the columns a query selects, and each
        // text prepared would stay on every connection.
        const raw = await readQuery<Record<string, unknown>>(this.manager, statement, [[...ids]]);
        const rows = hydrate(this.manager, entity, 'row', raw);
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
      byColumns.set(cacheKey, loader);
    }
    return loader as unknown as RowLoader<E>;
  }

  /**
   * A to-one field: the live row `id` points at, mapped by `toNode`; null when there is no id or
   * the row is deleted. Synchronous when the row is already held (joined by the list's statement,
   * or loaded earlier in the request), so the field's resolver returns it without a promise.
   */
  toOne<E extends Keyed, N>(
    entity: EntityTarget<E>,
    id: string | null | undefined,
    toNode: (row: E) => N,
    info?: GraphQLResolveInfo,
  ): N | null | Promise<N | null> {
    if (!id) {
      return null;
    }
    return mapMaybe(this.byId(entity, info).get(id), (row) => (row ? toNode(row) : null));
  }

  /**
   * One loader per nested connection, argument set and column selection, shared by every parent
   * on the page. Given the field's resolve info, only the columns its selection needs are read.
   */
  nested<E extends Keyed, F extends object, O extends string, N>(
    definition: NestedDefinition<E, F, O, N>,
    args: NestedArgs<F, O>,
    info?: GraphQLResolveInfo,
  ): DataLoader<string, Page<N>> {
    const known = info && this.nestedByField.get(info.fieldNodes);
    if (known?.definition === definition) {
      return known.loader as DataLoader<string, Page<N>>;
    }
    const selection = info && selectedColumns(this.manager, definition.entity, info, 'connection');
    const cacheKey = `${definition.name}:${JSON.stringify(args)}:${selection?.key ?? '*'}`;
    let loader = this.nestedLoaders.get(cacheKey);
    if (!loader) {
      loader = createNestedLoader(
        this.manager,
        definition,
        args,
        selection?.columns,
        info ? this.requestedJoins(definition.joins, info) : [],
      ) as DataLoader<string, Page<unknown>>;
      this.nestedLoaders.set(cacheKey, loader);
    }
    if (info) {
      this.nestedByField.set(info.fieldNodes, { definition, loader });
    }
    return loader as DataLoader<string, Page<N>>;
  }

  /** The joins and columns a top-level list's selection asks for. */
  listSelection(
    definition: { entity: EntityTarget<ObjectLiteral>; joins?: ToOneJoin[] },
    info: GraphQLResolveInfo,
  ): ListSelection {
    return {
      joined: this.requestedJoins(definition.joins, info),
      columns: selectedColumns(this.manager, definition.entity, info, 'connection')?.columns,
    };
  }

  /**
   * The joins of a list or nested connection that its selection asks for: each reads the columns
   * of all the places its field is asked for, and hands the rows to the byId loaders those
   * fields' resolvers will use, so that they find them there.
   */
  private requestedJoins(
    joins: ToOneJoin[] | undefined,
    info: GraphQLResolveInfo,
  ): RequestedJoin[] {
    return (joins ?? []).flatMap((join) => {
      const fieldInfos = nodeFieldInfos(info, join.field);
      if (fieldInfos.length === 0) {
        return [];
      }
      const selections = fieldInfos.map((fieldInfo) =>
        selectedColumns(this.manager, join.entity, fieldInfo, 'object'),
      );
      const columns = selections.every(Boolean)
        ? new Set(selections.flatMap((selection) => [...selection!.columns]))
        : undefined;
      const loaders = fieldInfos.map((fieldInfo) => this.byId(join.entity, fieldInfo));
      return [
        {
          join,
          columns,
          deliver: (id: string, row: Keyed | null) =>
            loaders.forEach((loader) => loader.prime(id, row)),
        },
      ];
    });
  }
}
