import type {
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EmbeddedMetadata } from 'typeorm/metadata/EmbeddedMetadata';

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

interface ColumnStep {
  column: ColumnMetadata;
  /** The raw row's key: TypeORM's alias for the column ("row_createdAt"). */
  key: string;
  final: boolean;
  embedded?: EmbeddedMetadata[];
}

/** What is built once per entity and alias: its column steps and the hydrator that runs them. */
interface Compiled {
  steps: ColumnStep[];
  hydrator: Hydrator;
}

const compiled = new WeakMap<object, Map<string, Compiled>>();

/**
 * Builds, once per entity and alias, a function that turns one raw result row into the entity,
 * exactly as TypeORM would for a query without joined selections (same column aliases, same
 * conversions through the driver, embedded objects created by TypeORM's embedded metadata).
 * TypeORM's general transformer regroups rows by primary key and walks joins, relation ids and
 * counts for every row: for a page of 100 incidents with their nested lists that cost about a
 * third of the request's CPU, for work that list queries never need.
 */
function compile(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): Compiled {
  const metadata: EntityMetadata = manager.connection.getMetadata(entity);
  let byAlias = compiled.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    compiled.set(metadata, byAlias);
  }
  const known = byAlias.get(alias);
  if (known) {
    return known;
  }
  const driver = manager.connection.driver;
  const steps: ColumnStep[] = metadata.columns
    .filter((column) => !column.isVirtual && column.isSelect)
    .map((column) => ({
      column,
      key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
      final: FINAL_FROM_PG.has(column.type) && !column.isArray && !column.transformer,
      embedded: column.embeddedMetadata?.embeddedMetadataTree,
    }));
  const prototype = (metadata.target as { prototype: object }).prototype;
  const hydrator: Hydrator = (raw) => {
    // The entity's prototype without running its constructor: field initialisers would only be
    // overwritten by the columns below.
    const row = Object.create(prototype) as ObjectLiteral;
    for (const step of steps) {
      let value = raw[step.key];
      if (value === undefined) {
        continue;
      }
      if (!step.final) {
        value = driver.prepareHydratedValue(value, step.column);
      }
      if (step.embedded) {
        let target = row;
        for (const embedded of step.embedded) {
          target = target[embedded.propertyName] ??= embedded.create();
        }
        target[step.column.propertyName] = value;
      } else {
        row[step.column.propertyName] = value;
      }
    }
    return row;
  };
  const result = { steps, hydrator };
  byAlias.set(alias, result);
  return result;
}

/**
 * The SELECT list of every selectable column of `entity` read from `alias` (or of those in
 * `only`, by database name), named as TypeORM's query builder names them, for hand-written
 * statements whose rows `hydrate` turns into entities. Columns left out stay undefined on the
 * entity.
 */
export function entityColumns(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  only?: ReadonlySet<string>,
): string {
  return compile(manager, entity, alias)
    .steps.filter((step) => !only || only.has(step.column.databaseName))
    .map((step) => `"${alias}"."${step.column.databaseName}" AS "${step.key}"`)
    .join(', ');
}

/**
 * ` AND` the condition that keeps `entity`'s rows read from `alias` to live ones (not soft-deleted),
 * for hand-written statements (the query builder adds it itself); empty for an entity without
 * soft delete.
 */
export function andLiveRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  const column = manager.connection.getMetadata(entity).deleteDateColumn;
  return column ? ` AND "${alias}"."${column.databaseName}" IS NULL` : '';
}

/** Raw rows selected with `entityColumns(manager, entity, alias)` as entities. */
export function hydrate<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  alias: string,
  raw: Raw[],
): E[] {
  const { hydrator } = compile(manager, entity as EntityTarget<ObjectLiteral>, alias);
  return raw.map((row) => hydrator(row) as E);
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
  const alias = query.expressionMap.mainAlias!;
  return { entities: hydrate(query.connection.manager, alias.target, alias.name, raw), raw };
}
