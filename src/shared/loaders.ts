import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

import type { Page } from '../graphql/connection';
import { createNestedLoader, type NestedArgs, type NestedDefinition } from './nested';

type Keyed = ObjectLiteral & { id: string };

/**
 * Per-request DataLoaders, created lazily per entity and column so that every relation field
 * costs one statement per request level, whatever the page size.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<EntityTarget<Keyed>, DataLoader<string, Keyed | null>>();
  private readonly manyLoaders = new Map<string, DataLoader<string, Keyed[]>>();
  private readonly nestedLoaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(private readonly manager: EntityManager) {}

  /** Live (not soft-deleted) rows by primary key; a missing id loads as null. */
  byId<E extends Keyed>(entity: EntityTarget<E>): DataLoader<string, E | null> {
    let loader = this.byIdLoaders.get(entity as EntityTarget<Keyed>);
    if (!loader) {
      loader = new DataLoader<string, Keyed | null>(async (ids) => {
        const rows = await this.manager
          .getRepository(entity)
          .find({ where: { id: In([...ids]) } as never });
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.byIdLoaders.set(entity as EntityTarget<Keyed>, loader);
    }
    return loader as unknown as DataLoader<string, E | null>;
  }

  /** Rows whose `column` equals each key (one-to-many), in a stable order; soft-deleted rows are left out. */
  manyBy<E extends Keyed>(
    entity: EntityTarget<E>,
    column: keyof E & string,
  ): DataLoader<string, E[]> {
    const repository = this.manager.getRepository(entity);
    const cacheKey = `${repository.metadata.tableName}.${column}`;
    let loader = this.manyLoaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, Keyed[]>(async (keys) => {
        const rows = await repository.find({
          where: { [column]: In([...keys]) } as never,
          order: { createdAt: 'ASC', id: 'ASC' } as never,
        });
        const groups = new Map<string, Keyed[]>(keys.map((key) => [key, []]));
        for (const row of rows) {
          groups.get(row[column] as string)?.push(row);
        }
        return keys.map((key) => groups.get(key) ?? []);
      });
      this.manyLoaders.set(cacheKey, loader);
    }
    return loader as unknown as DataLoader<string, E[]>;
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
