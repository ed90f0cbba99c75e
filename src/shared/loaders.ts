import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { fetchEntities } from '../db/hydrate';
import type { Page } from '../graphql/connection';
import { createNestedLoader, type NestedArgs, type NestedDefinition } from './nested';

type Keyed = ObjectLiteral & { id: string };

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
        const { entities: rows } = await fetchEntities(
          this.manager
            .createQueryBuilder(entity, 'row')
            .where('"row"."id" = ANY(:ids)', { ids: [...ids] }),
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
