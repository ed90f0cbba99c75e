import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { entityColumns, hydrate } from '../db/hydrate';
import { readQuery } from '../db/named-query';
import type { Page } from '../graphql/connection';
import { createNestedLoader, type NestedArgs, type NestedDefinition } from './nested';
import type { ColumnSelection } from './selected-columns';

type Keyed = ObjectLiteral & { id: string };

/**
 * Per-request DataLoaders, created lazily per entity and per nested connection, so that every
 * relation field costs the same statements per request level, whatever the page size.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<string, DataLoader<string, Keyed | null>>();
  private readonly nestedLoaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(private readonly manager: EntityManager) {}

  /**
   * Live (not soft-deleted) rows by primary key; a missing id loads as null. With `selection`,
   * only those columns are read (the others stay undefined), in a loader of its own.
   */
  byId<E extends Keyed>(
    entity: EntityTarget<E>,
    selection?: ColumnSelection,
  ): DataLoader<string, E | null> {
    const metadata = this.manager.connection.getMetadata(entity);
    const cacheKey = `${metadata.name}:${selection?.key ?? '*'}`;
    let loader = this.byIdLoaders.get(cacheKey);
    if (!loader) {
      // Written once per loader, not through the query builder: building the same SELECT on
      // every batch cost more CPU than hydrating its rows.
      const live = metadata.deleteDateColumn
        ? ` AND "row"."${metadata.deleteDateColumn.databaseName}" IS NULL`
        : '';
      const columns = entityColumns(this.manager, entity, 'row', selection?.columns);
      const statement = `SELECT ${columns}
        FROM "${metadata.tableName}" "row" WHERE "row"."id" = ANY($1)${live}`;
      loader = new DataLoader<string, Keyed | null>(async (ids) => {
        const raw = await readQuery<Record<string, unknown>>(this.manager, statement, [[...ids]]);
        const rows = hydrate(this.manager, entity, 'row', raw);
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.byIdLoaders.set(cacheKey, loader);
    }
    return loader as unknown as DataLoader<string, E | null>;
  }

  /**
   * One loader per nested connection field, argument set and column selection, shared by every
   * parent on the page.
   */
  nested<E extends Keyed, F extends object, O extends string, N>(
    definition: NestedDefinition<E, F, O, N>,
    args: NestedArgs<F, O>,
    selection?: ColumnSelection,
  ): DataLoader<string, Page<N>> {
    const cacheKey = `${definition.name}:${JSON.stringify(args)}:${selection?.key ?? '*'}`;
    let loader = this.nestedLoaders.get(cacheKey);
    if (!loader) {
      loader = createNestedLoader(this.manager, definition, args, selection?.columns) as DataLoader<
        string,
        Page<unknown>
      >;
      this.nestedLoaders.set(cacheKey, loader);
    }
    return loader as DataLoader<string, Page<N>>;
  }
}
