import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { entityColumns, hydrate } from '../db/hydrate';
import { preparedQuery } from '../db/named-query';
import type { Page } from '../graphql/connection';
import { createNestedLoader, type NestedArgs, type NestedDefinition } from './nested';

type Keyed = ObjectLiteral & { id: string };

// Written once per entity (the query builder rebuilt it for every batch) and prepared: most
// requests load records by id.
const byIdStatements = new WeakMap<object, string>();

function byIdStatement(manager: EntityManager, entity: EntityTarget<Keyed>): string {
  const metadata = manager.connection.getMetadata(entity);
  let statement = byIdStatements.get(metadata);
  if (!statement) {
    const live = metadata.deleteDateColumn
      ? ` AND "row"."${metadata.deleteDateColumn.databaseName}" IS NULL`
      : '';
    statement = `SELECT ${entityColumns(manager, entity, 'row')} FROM "${metadata.tableName}" "row"
      WHERE "row"."id" = ANY(:ids)${live}`;
    byIdStatements.set(metadata, statement);
  }
  return statement;
}

/**
 * Per-request DataLoaders, created lazily per entity and per nested connection, so that every
 * relation field costs the same statements per request level, whatever the page size.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<EntityTarget<Keyed>, DataLoader<string, Keyed | null>>();
  private readonly nestedLoaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(private readonly manager: EntityManager) {}

  /** Live (not soft-deleted) rows by primary key; a missing id loads as null. */
  byId<E extends Keyed>(entity: EntityTarget<E>): DataLoader<string, E | null> {
    let loader = this.byIdLoaders.get(entity as EntityTarget<Keyed>);
    if (!loader) {
      loader = new DataLoader<string, Keyed | null>(async (ids) => {
        const rows = hydrate(
          this.manager,
          entity,
          'row',
          await preparedQuery<Record<string, unknown>>(
            this.manager,
            byIdStatement(this.manager, entity as EntityTarget<Keyed>),
            { ids: [...ids] },
          ),
        );
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.byIdLoaders.set(entity as EntityTarget<Keyed>, loader);
    }
    return loader as unknown as DataLoader<string, E | null>;
  }

  /** One loader per nested connection field and argument set, shared by every parent on the page. */
  nested<E extends Keyed, F extends object, O extends string, N>(
    definition: NestedDefinition<E, F, O, N>,
    args: NestedArgs<F, O>,
  ): DataLoader<string, Page<N>> {
    const cacheKey = `${definition.name}:${JSON.stringify(args)}`;
    let loader = this.nestedLoaders.get(cacheKey);
    if (!loader) {
      loader = createNestedLoader(this.manager, definition, args) as DataLoader<
        string,
        Page<unknown>
      >;
      this.nestedLoaders.set(cacheKey, loader);
    }
    return loader as DataLoader<string, Page<N>>;
  }
}
