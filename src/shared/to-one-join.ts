import type { EntityManager, EntityTarget } from 'typeorm';

import { andLiveRows, entityColumns, hydrate } from '../db/hydrate';

type Keyed = { id: string };

/**
 * A to-one relation of a list's rows (a citation's source, an incident's place), resolved by its
 * field as `byId(entity)` of the row's `foreignKey`. When a query asks for it, the list's own
 * statement joins it on the page's rows and hands the related rows to that loader, instead of
 * the loader sending one more statement.
 */
export interface ToOneJoin {
  field: string;
  entity: EntityTarget<Keyed>;
  foreignKey: string;
}

/** A join a query asks for: the columns to read and where the loaded rows go. */
export interface RequestedJoin {
  join: ToOneJoin;
  /** Database columns of the joined entity; undefined for all of them. */
  columns?: ReadonlySet<string>;
  /** Hands over the live row for a foreign key, or null when it is deleted or missing. */
  deliver: (id: string, row: Keyed | null) => void;
}

/** The alias of the index-th requested join; its columns are read as `<alias>_<column>`. */
const joinAlias = (index: number) => `joined_${index}`;

/** The SQL of requested joins on the rows of `entity`. */
export function joinSql(
  manager: EntityManager,
  entity: EntityTarget<Keyed>,
  joined: RequestedJoin[],
  /** How the rows' columns are reached: "page"."row_placeId" from outside a subquery, "incident"."placeId" inside. */
  columnRef: (databaseName: string) => string,
) {
  const metadata = manager.connection.getMetadata(entity);
  return joined.map(({ join, columns }, index) => {
    const alias = joinAlias(index);
    const foreignKey = metadata.findColumnWithPropertyName(join.foreignKey)!;
    return {
      alias,
      table: manager.connection.getMetadata(join.entity).tableName,
      select: entityColumns(manager, join.entity, alias, columns),
      on: `"${alias}"."id" = ${columnRef(foreignKey.databaseName)}${andLiveRows(manager, join.entity, alias)}`,
    };
  });
}

/** Hydrates each join's rows from the raw result and delivers them by the rows' foreign keys. */
export function deliverJoined(
  manager: EntityManager,
  joined: RequestedJoin[],
  rows: Record<string, unknown>[],
  raw: Record<string, unknown>[],
): void {
  joined.forEach(({ join, deliver }, index) => {
    const alias = joinAlias(index);
    const related = hydrate(manager, join.entity, alias, raw);
    rows.forEach((row, position) => {
      const id = row[join.foreignKey] as string | null | undefined;
      if (id) {
        deliver(id, raw[position][`${alias}_id`] == null ? null : related[position]);
      }
    });
  });
}
