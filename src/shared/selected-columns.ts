import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The database columns a field's selection needs from `entity`'s rows, or undefined for all of
 * them. Reading every column of every row cost more than anything else the API did for lists
 * with nested lists (pg's row parsing, hydration and the garbage of both): a page of 100
 * incidents with 5 perpetrators and 5 citations each read ~28,000 values for ~8,000 asked for.
 *
 * Sound because the GraphQL types are whitelisting mappers of their entity's properties:
 * - a field named like a column (or an embedded group of columns, such as `date`) needs it;
 * - `id`/`rowId` need the primary key;
 * - a relation (a field of object, interface or union type) is resolved from the row's id or
 *   its foreign keys: every `…Id` column is always read, with the primary key;
 * - any other field (a scalar computed from several columns) needs every column.
 *
 * `shape` says where the entity's fields are: on the field's own type, or under `nodes` and
 * `edges { node }` of a connection.
 */
export function selectedColumns(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  info: GraphQLResolveInfo,
  shape: 'object' | 'connection',
): ColumnSelection | undefined {
  // A field resolver runs once per parent with the same field nodes (one array per field of the
  // compiled document, kept across requests): work out each field's columns once.
  let byEntity = memo.get(info.fieldNodes);
  if (!byEntity) {
    byEntity = new Map();
    memo.set(info.fieldNodes, byEntity);
  }
  if (!byEntity.has(entity)) {
    const columns = columnsOf(manager.connection.getMetadata(entity), info, shape);
    byEntity.set(entity, columns && { columns, key: [...columns].sort().join(',') });
  }
  return byEntity.get(entity);
}

/** Columns to read, and a key naming the set (for per-request loader caches). */
export interface ColumnSelection {
  columns: ReadonlySet<string>;
  key: string;
}

const memo = new WeakMap<readonly FieldNode[], Map<unknown, ColumnSelection | undefined>>();

function columnsOf(
  metadata: EntityMetadata,
  info: GraphQLResolveInfo,
  shape: 'object' | 'connection',
): ReadonlySet<string> | undefined {
  const returnType = getNamedType(info.returnType);
  if (!isObjectType(returnType)) {
    return undefined;
  }
  let nodeType: GraphQLObjectType = returnType;
  let selections = info.fieldNodes.map((node) => node.selectionSet);
  if (shape === 'connection') {
    const nodesType = connectionNodeType(returnType);
    if (!nodesType) {
      return undefined;
    }
    nodeType = nodesType;
    const edges = fieldsNamed(info, selections, 'edges').map((edge) => edge.selectionSet);
    selections = [
      ...fieldsNamed(info, selections, 'nodes'),
      ...fieldsNamed(info, edges, 'node'),
    ].map((node) => node.selectionSet);
  }

  const columns = new Set<string>();
  for (const column of metadata.columns) {
    if (column.isPrimary || (column.propertyName.endsWith('Id') && column.type === 'uuid')) {
      columns.add(column.databaseName);
    }
  }
  const nodeFields = nodeType.getFields();
  for (const name of new Set(allFieldNames(info, selections))) {
    if (name === '__typename' || name === 'id' || name === 'rowId') {
      continue;
    }
    const column = metadata.columns.find(
      (candidate) => !candidate.embeddedMetadata && candidate.propertyName === name,
    );
    const embedded = metadata.embeddeds.find((candidate) => candidate.propertyName === name);
    if (column) {
      columns.add(column.databaseName);
    } else if (embedded) {
      embedded.columns.forEach((member) => columns.add(member.databaseName));
    } else if (!nodeFields[name] || !isCompositeType(getNamedType(nodeFields[name].type))) {
      return undefined;
    }
  }
  return columns;
}

/**
 * For a connection field: the resolve info its nodes' field `name` will get, one per response
 * key (an alias asks for it again with its own selection), as far as a selected-columns
 * computation needs it (field nodes, return type, fragments). Empty when the field is not asked.
 */
export function nodeFieldInfos(info: GraphQLResolveInfo, name: string): GraphQLResolveInfo[] {
  const nodeType = connectionNodeType(info.returnType);
  const field = nodeType?.getFields()[name];
  if (!nodeType || !field) {
    return [];
  }
  // Each place a node is selected (`nodes`, `edges { node }`, under any alias) is a field of its
  // own for the executor, which merges the field nodes of one response key within it.
  const responseKey = (node: FieldNode) => node.alias?.value ?? node.name.value;
  const selections = info.fieldNodes.map((node) => node.selectionSet);
  const positions = new Map<string, (SelectionSetNode | undefined)[]>();
  const addPosition = (key: string, node: FieldNode) =>
    positions.set(key, [...(positions.get(key) ?? []), node.selectionSet]);
  for (const node of fieldsNamed(info, selections, 'nodes')) {
    addPosition(`nodes:${responseKey(node)}`, node);
  }
  for (const edges of fieldsNamed(info, selections, 'edges')) {
    for (const node of fieldsNamed(info, [edges.selectionSet], 'node')) {
      addPosition(`edges:${responseKey(edges)}:${responseKey(node)}`, node);
    }
  }
  const byResponseKey = new Map<string, FieldNode[]>();
  for (const [position, nodes] of positions) {
    for (const node of fieldsNamed(info, nodes, name)) {
      const key = `${position}:${responseKey(node)}`;
      byResponseKey.set(key, [...(byResponseKey.get(key) ?? []), node]);
    }
  }
  return [...byResponseKey.values()].map((fieldNodes) => ({
    ...info,
    fieldName: name,
    fieldNodes,
    returnType: field.type,
    parentType: nodeType,
  }));
}

/** The type of a connection's `nodes`, when `type` is a connection of objects. */
function connectionNodeType(type: GraphQLOutputType): GraphQLObjectType | undefined {
  const connection = getNamedType(type);
  const node = isObjectType(connection)
    ? getNamedType(connection.getFields().nodes?.type)
    : undefined;
  return isObjectType(node) ? node : undefined;
}

/** The fields called `name` directly in these selection sets (through fragments). */
function fieldsNamed(
  info: GraphQLResolveInfo,
  selections: (SelectionSetNode | undefined)[],
  name: string,
): FieldNode[] {
  return collectFields(info, selections).filter((field) => field.name.value === name);
}

function allFieldNames(
  info: GraphQLResolveInfo,
  selections: (SelectionSetNode | undefined)[],
): string[] {
  return collectFields(info, selections).map((field) => field.name.value);
}

/**
 * The fields of these selection sets, fragments and inline fragments flattened. Type conditions
 * and @skip/@include are not applied: a field that may be asked for is read.
 */
function collectFields(
  info: GraphQLResolveInfo,
  selections: (SelectionSetNode | undefined)[],
): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  selections.forEach(visit);
  return fields;
}

/**
 * `columns` and those of `alias` that an ordering's terms read: a page's cursors read the sort
 * values from its rows, whatever the query asked for.
 */
export function withSortColumns(
  columns: ReadonlySet<string>,
  terms: { sql: (alias: string) => string }[],
  alias: string,
): Set<string> {
  const reads = new RegExp(`"${alias}"\\."([^"]+)"`, 'g');
  return new Set([
    ...columns,
    ...terms.flatMap((term) => [...term.sql(alias).matchAll(reads)].map((match) => match[1])),
  ]);
}
