import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

type Raw = Record<string, unknown>;
type Hydrator = (raw: Raw) => ObjectLiteral;

// Types pg already delivers in their final form (non-array, no transformer): no conversion needed.
const FINAL_FROM_PG = new Set<unknown>([
  'uuid',
  'text',
  'varchar',
  'char',
  'int4',
  'integer',
  'double precision',
  'enum',
]);

const hydrators = new WeakMap<object, Map<string, Hydrator>>();

/**
 * Builds, once per entity and alias, a function that turns one raw result row into the entity,
 * exactly as TypeORM would for a query without joined selections (same column aliases, same
 * conversions through the driver, embedded objects created by TypeORM's embedded metadata).
 * TypeORM's general transformer regroups rows by primary key and walks joins, relation ids and
 * counts for every row: for a page of 100 incidents with their nested lists that cost about a
 * third of the request's CPU, for work that list queries never need.
 */
function hydratorFor(manager: EntityManager, query: SelectQueryBuilder<ObjectLiteral>): Hydrator {
  const alias = query.expressionMap.mainAlias!;
  const metadata = alias.metadata;
  let byAlias = hydrators.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    hydrators.set(metadata, byAlias);
  }
  const known = byAlias.get(alias.name);
  if (known) {
    return known;
  }
  const driver = manager.connection.driver;
  const steps = metadata.columns
    .filter((column) => !column.isVirtual && column.isSelect)
    .map((column: ColumnMetadata) => ({
      key: DriverUtils.buildAlias(driver, undefined, alias.name, column.databaseName),
      column,
      final: FINAL_FROM_PG.has(column.type) && !column.isArray && !column.transformer,
      embedded: column.embeddedMetadata?.embeddedMetadataTree,
    }));
  const prototype = (metadata.target as { prototype: object }).prototype;
  const hydrator: Hydrator = (raw) => {
    // The entity's prototype without running its constructor: field initialisers would only be
    // overwritten by the columns below.
    const entity = Object.create(prototype) as ObjectLiteral;
    for (const step of steps) {
      let value = raw[step.key];
      if (value === undefined) {
        continue;
      }
      if (!step.final) {
        value = driver.prepareHydratedValue(value, step.column);
      }
      if (step.embedded) {
        let target = entity;
        for (const embedded of step.embedded) {
          target = target[embedded.propertyName] ??= embedded.create();
        }
        target[step.column.propertyName] = value;
      } else {
        entity[step.column.propertyName] = value;
      }
    }
    return entity;
  };
  byAlias.set(alias.name, hydrator);
  return hydrator;
}

/** The query's rows as entities and as raw rows (for computed selections such as ranks). */
export async function fetchEntities<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
): Promise<{ entities: E[]; raw: Raw[] }> {
  if (query.expressionMap.joinAttributes.some((join) => join.isSelected)) {
    // Joined selections need TypeORM's regrouping; list queries never select joins.
    return query.getRawAndEntities();
  }
  const raw = (await query.getRawMany()) as Raw[];
  const hydrate = hydratorFor(query.connection.manager, query as SelectQueryBuilder<ObjectLiteral>);
  return { entities: raw.map((row) => hydrate(row) as E), raw };
}
