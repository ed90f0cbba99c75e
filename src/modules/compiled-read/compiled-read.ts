import {
  getArgumentValues,
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { EntityManager } from 'typeorm';

import { andLiveRows } from '../../db/hydrate';
import { preparedRead } from '../../db/named-query';
import {
  pageOrder,
  pageQuery,
  pageWindow,
  toPage,
  withTieBreaker,
  type CursorValueKind,
  type OrderTerm,
} from '../../graphql/connection';
import { applyFilter, resolveLookups } from '../../shared/filter/filter-builder';
import type { NestedDefinition } from '../../shared/nested';
import { resolveOrdering, type OrderInput } from '../../shared/orderings';
import { CITATION_SUBJECT_COLUMNS, ROLE_SUBJECT_COLUMNS } from '../../shared/subject';
import { rolesBy } from '../actor/roles-field';
import { recordTables, type RecordTable } from '../export/record-tables';
import {
  base64urlSql,
  fuzzyDateColumns,
  fuzzyDateKnown,
  fuzzyDateParts,
  globalIdSql,
  isoTimestampSql,
  literal,
  localDateSql,
} from '../export/sql-values';
import { citationsBy } from '../source/citations-field';
import {
  collectFields,
  NotCompilable,
  notCompilable,
  onlyArguments,
  refuseArgument,
} from './selection';

// Operations declined for their shape. Apollo keeps one parsed document per query text, so a
// document the resolvers answer (node, search, a dossier) is not compiled again on each request
// only to be declined, which cost a thrown error (its stack trace) and a walk of its selection.
const declined = new WeakSet<OperationDefinitionNode>();

/**
 * Reads answered by one SQL statement that builds the nodes' JSON in PostgreSQL, for documents
 * made only of what it knows: one root list of a record kind (`incidents`, `plots`… with first,
 * after, last, before, filter, orderBy) and, on its nodes, their scalar and date fields, their
 * to-one records (an incident's place and plot, a sentence's arrest…), `actors(role:, first:)`
 * and `citations(first:)` with their actors and sources. The page's rows come from the resolvers'
 * own page query (filter builder, cursor, ordering, limit), wrapped. Anything else, including an argument
 * the resolvers would refuse, goes to the resolvers (null here), which stay the reference: a test
 * holds both to the same answers. Why: for a page of 100 incidents with their nested lists,
 * building ~3,000 objects in Node (rows, entities, GraphQL objects, the result tree; a third of it
 * garbage collection) cost 3-5x the statement that builds the same JSON in the database.
 */
export async function compiledRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  manager: EntityManager,
): Promise<ExecutionResult | null> {
  if (declined.has(operation)) {
    return null;
  }
  let plan: RootPlan;
  try {
    plan = await planRoot(new Compiler(schema, document, variables, manager), operation);
  } catch (error) {
    // A refusal, or an argument error the resolvers word for the client (bad cursor, page size).
    if (error instanceof NotCompilable && error.structural) {
      declined.add(operation);
    }
    return null;
  }
  try {
    const rows = await preparedRead<Record<string, unknown>>(manager, plan.sql, plan.params);
    return { data: { [plan.responseKey]: plan.assemble(rows) } };
  } catch (error) {
    return {
      data: null,
      errors: [locatedError(error, [plan.field], [plan.responseKey])],
    };
  }
}

interface RootPlan {
  responseKey: string;
  field: FieldNode;
  sql: string;
  params: unknown[];
  assemble: (rows: Record<string, unknown>[]) => Record<string, unknown>;
}

/** The document, the variables, and what one statement collects while it is written. */
class Compiler {
  readonly params: unknown[] = [];
  readonly fragments: Record<string, FragmentDefinitionNode> = {};
  private aliases = 0;

  constructor(
    readonly schema: GraphQLSchema,
    document: DocumentNode,
    readonly variables: Record<string, unknown>,
    readonly manager: EntityManager,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        this.fragments[definition.name.value] = definition;
      }
    }
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  alias(): string {
    this.aliases += 1;
    return `t${this.aliases}`;
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    return isObjectType(type) ? type : notCompilable(`type ${name}`);
  }

  fields(selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType) {
    if (!selectionSet) {
      return notCompilable('no selection');
    }
    return [...collectFields(selectionSet, type.name, this.fragments)].map(([key, node]) => ({
      key,
      node,
      definition: type.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined,
    }));
  }

  args(definition: GraphQLField<unknown, unknown>, node: FieldNode, allowed: string[]) {
    // The arguments as the resolver would get them (defaults applied, variables coerced).
    const args = getArgumentValues(definition, node, this.variables);
    onlyArguments(args, allowed);
    return args;
  }
}

/** json_build_object of [response key, SQL] pairs, in selection order (at most 50: 100 arguments). */
const jsonObject = (entries: [string, string][]): string =>
  entries.length > 50
    ? notCompilable('over 50 fields')
    : `json_build_object(${entries.map(([key, sql]) => `${literal(key)}, ${sql}`).join(', ')})`;

/** The record kind a root field lists (`incidents`, `weaponsTransfers`), if it is one. */
function rootList(name: string): RecordTable | undefined {
  return recordTables().find(
    (table) =>
      table.slug.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase()) === name,
  );
}

async function planRoot(compiler: Compiler, operation: OperationDefinitionNode): Promise<RootPlan> {
  if (operation.operation !== 'query') {
    notCompilable('not a query');
  }
  const queryType = compiler.schema.getQueryType()!;
  const fields = compiler.fields(operation.selectionSet, queryType);
  const table = fields.length === 1 ? rootList(fields[0].node.name.value) : undefined;
  if (!table || !fields[0].definition) {
    return notCompilable('root fields');
  }
  const [{ key, node, definition }] = fields;
  const connectionType = compiler.objectType(getNamedType(definition.type).name);
  if (connectionType.name !== `${table.typeName}Connection`) {
    notCompilable(`root field ${node.name.value}`);
  }
  const args = compiler.args(definition, node, [
    'first',
    'after',
    'last',
    'before',
    'filter',
    'orderBy',
  ]);
  const window = pageWindow(args);
  if (window.size === 0) {
    refuseArgument('empty page');
  }
  const ordering = resolveOrdering(
    args.orderBy as OrderInput<string>[] | null,
    table.list.sortKeys,
    table.list.defaultOrder,
  );
  const terms = withTieBreaker(ordering) as OrderTerm<{ id: string }>[];
  const alias = compiler.alias();

  // The page's rows as the resolvers' list reads them: the same filter builder (and its lookups of
  // names), soft-delete condition, cursor conditions, ordering and limit.
  const { manager } = compiler;
  const filter = args.filter as object | null | undefined;
  const query = manager.createQueryBuilder(table.list.entity, alias);
  applyFilter(
    query,
    filter,
    table.list.filterSpec,
    await resolveLookups(manager, filter, table.list.filterSpec, alias),
  );
  // The rows whole, under their column names, for the JSON built around them.
  const page = pageQuery(query, args, ordering, window).select(`"${alias}".*`);
  const [pageSql, pageParams] = page.getQueryAndParameters();
  compiler.params.push(...pageParams);

  const connection = compiler.fields(node.selectionSet, connectionType);
  // One JSON column per selection of the nodes: under `nodes`, and under `edges { node }`.
  const nodeColumns: string[] = [];
  const nodeColumn = (selectionSet: SelectionSetNode | undefined) => {
    const column = `node_${nodeColumns.length}`;
    nodeColumns.push(`${recordObject(compiler, table, alias, selectionSet)} AS "${column}"`);
    return column;
  };
  const edgeType = compiler.objectType(getNamedType(connectionType.getFields().edges.type).name);
  const parts = connection.map(({ key: fieldKey, node: field }) => {
    switch (field.name.value) {
      case 'nodes':
        return { key: fieldKey, field, column: nodeColumn(field.selectionSet) };
      case 'edges':
        return {
          key: fieldKey,
          field,
          edge: compiler
            .fields(field.selectionSet, edgeType)
            .map(({ key: edgeKey, node: part }) => {
              if (part.name.value === 'node') {
                return { key: edgeKey, name: 'node', column: nodeColumn(part.selectionSet) };
              }
              if (part.name.value !== 'cursor' && part.name.value !== '__typename') {
                notCompilable(`edge field ${part.name.value}`);
              }
              return { key: edgeKey, name: part.name.value };
            }),
        };
      case 'pageInfo':
      case '__typename':
        return { key: fieldKey, field };
      default:
        return notCompilable(`connection field ${field.name.value}`);
    }
  });
  const cursorColumns = terms.map(
    (term, index) => `${cursorValueSql(term.sql(alias), term.cursor)} AS "cursor_${index}"`,
  );
  const orderBy = pageOrder(terms, window, alias)
    .map((term) => `${term.sql} ${term.direction}`)
    .join(', ');
  const sql = `SELECT ${[...nodeColumns, ...cursorColumns].join(', ')}
    FROM (${pageSql}) "${alias}"
    ORDER BY ${orderBy}`;

  const assemble = (rows: Record<string, unknown>[]) => {
    // The one page builder, over the statement's rows: its cursor columns stand for the sort
    // values the resolvers read from entities, and a node is its row (one JSON column per
    // selection of it).
    const page = toPage(
      rows.map((row) => ({ row, raw: row })),
      window,
      args,
      terms.map((term, index) => ({
        ...term,
        value: (_row: unknown, raw: Record<string, unknown>) =>
          raw[`cursor_${index}`] as string | number,
      })),
      ordering.key,
      (row) => row,
      // totalCount is left to the resolvers.
      () => Promise.reject(new Error('totalCount is not compiled')),
    );
    const pageInfo: Record<string, unknown> = { ...page.pageInfo, __typename: 'PageInfo' };
    const result: Record<string, unknown> = {};
    for (const { key: fieldKey, field, column, edge } of parts) {
      if (column) {
        result[fieldKey] = page.nodes.map((row) => row[column]);
      } else if (edge) {
        result[fieldKey] = page.edges.map(({ cursor, node: row }) => {
          const values: Record<string, unknown> = {};
          for (const part of edge) {
            values[part.key] =
              part.name === 'cursor'
                ? cursor
                : part.name === '__typename'
                  ? edgeType.name
                  : row[part.column!];
          }
          return values;
        });
      } else if (field.name.value === '__typename') {
        result[fieldKey] = connectionType.name;
      } else {
        const info: Record<string, unknown> = {};
        for (const { key: infoKey, node: infoField } of compiler.fields(
          field.selectionSet,
          compiler.objectType('PageInfo'),
        )) {
          info[infoKey] = pageInfo[infoField.name.value];
        }
        result[fieldKey] = info;
      }
    }
    return result;
  };
  return { responseKey: key, field: node, sql, params: compiler.params, assemble };
}

function tableOf(compiler: Compiler, table: RecordTable): string {
  return compiler.manager.connection.getMetadata(table.list.entity).tableName;
}

function recordTable(typeName: string): RecordTable {
  return (
    recordTables().find((table) => table.typeName === typeName) ??
    notCompilable(`record type ${typeName}`)
  );
}

/** A sort key's value as the cursor holds it (what OrderTerm.value reads from a row). */
function cursorValueSql(sql: string, kind: CursorValueKind): string {
  switch (kind) {
    case 'date':
      return localDateSql(sql);
    case 'instant':
      return isoTimestampSql(sql);
    case 'id':
      return `(${sql})::text`;
    default:
      return sql;
  }
}

/** Whether a column's SQL value is what GraphQL serialises for `type` unchanged. */
function plainScalar(type: GraphQLOutputType, kind: string): boolean {
  const named = getNamedType(type);
  // Text as it is stored: strings, country codes, enums whose values are their GraphQL names.
  const text =
    named === GraphQLString ||
    named.name === 'CountryCode' ||
    named.name === 'LocalDate' ||
    (isEnumType(named) && named.getValues().every((value) => value.value === value.name));
  switch (kind) {
    case 'int':
      return named === GraphQLInt;
    case 'float':
      return named === GraphQLFloat;
    case 'boolean':
      return named === GraphQLBoolean;
    case 'list':
      return isListType(isNonNullType(type) ? type.ofType : type) && text;
    case 'text':
      return text;
    default:
      return false;
  }
}

/** The JSON of one record (a row of `table` aliased `alias`) with the selected fields. */
function recordObject(
  compiler: Compiler,
  table: RecordTable,
  alias: string,
  selectionSet: SelectionSetNode | undefined,
): string {
  const type = compiler.objectType(table.typeName);
  const metadata = compiler.manager.connection.getMetadata(table.list.entity);
  const row = `"${alias}"`;
  // The fields every record kind has (RecordType).
  const standard: Record<string, string> = {
    __typename: literal(table.typeName),
    id: globalIdSql(table.typeName, `${row}."id"`),
    rowId: `${row}."id"`,
    externalId: `${row}."externalId"`,
    createdAt: isoTimestampSql(`${row}."createdAt"`),
    updatedAt: isoTimestampSql(`${row}."updatedAt"`),
    version: `${row}."version"`,
  };
  const entries: [string, string][] = [];
  for (const { key, node, definition } of compiler.fields(selectionSet, type)) {
    const name = node.name.value;
    const field = table.fields.find((candidate) => candidate.name === name);
    if (name in standard) {
      entries.push([key, standard[name]]);
    } else if (
      (name === 'actors' && table.hasRoles) ||
      (name === 'citations' && table.hasCitations)
    ) {
      const link = LINK_FIELDS[name as keyof typeof LINK_FIELDS];
      const args = compiler.args(definition!, node, link.arguments);
      const page = link.page(compiler, table, args);
      entries.push([key, linkConnection(compiler, alias, node, definition!, args, page)]);
    } else if (!field || !definition) {
      notCompilable(`field ${table.typeName}.${name}`);
    } else if (field.kind === 'date') {
      entries.push([key, fuzzyDateObject(compiler, alias, name, node)]);
    } else if (field.kind === 'ref') {
      entries.push([key, toOne(compiler, recordTable(field.refType!), `${row}."${name}Id"`)(node)]);
    } else {
      const column = metadata.columns.find((candidate) => candidate.propertyName === name);
      // A derived field's SQL (exportSql) is written to give what its mapper gives, nulls included.
      const nullable = field.exportSql ? false : !column || column.isNullable;
      if (
        !plainScalar(definition.type, field.kind) ||
        (isNonNullType(definition.type) && nullable)
      ) {
        notCompilable(`field ${table.typeName}.${name}`);
      }
      const value = field.exportSql ? field.exportSql(alias) : `${row}."${name}"`;
      // Calendar dates as 'YYYY-MM-DD', as pg hands them to the mappers.
      entries.push([
        key,
        getNamedType(definition.type).name === 'LocalDate' ? localDateSql(value) : value,
      ]);
    }
  }
  return jsonObject(entries);
}

/** The FuzzyDate object of a date field: null when the date is unknown, as toFuzzyDate does. */
function fuzzyDateObject(compiler: Compiler, alias: string, name: string, node: FieldNode): string {
  const date = fuzzyDateColumns(alias, name);
  const parts = fuzzyDateParts(date);
  const typed: Record<string, string> = {
    ...parts,
    ongoing: `${date.latest} IS NULL`,
    __typename: literal('FuzzyDate'),
  };
  const entries = compiler
    .fields(node.selectionSet, compiler.objectType('FuzzyDate'))
    .map(({ key, node: part }): [string, string] => [
      key,
      typed[part.name.value] ?? notCompilable(`FuzzyDate.${part.name.value}`),
    ]);
  return `CASE WHEN ${fuzzyDateKnown(date)} THEN ${jsonObject(entries)} END`;
}

interface LinkPage {
  /** The nested loader's definition of the link (table, ordering), read as the loader reads it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- roles and citations have their own entity and filter types
  nested: NestedDefinition<any, any, any, any>;
  /** The link's column holding the parent's id. */
  column: string;
  conditions: string[];
  node: (alias: string, selectionSet: SelectionSetNode | undefined) => string;
}

/** The link lists a record type may have: the arguments each compiles, and its page. */
const LINK_FIELDS: Record<
  'actors' | 'citations',
  {
    arguments: string[];
    page: (compiler: Compiler, table: RecordTable, args: Record<string, unknown>) => LinkPage;
  }
> = {
  actors: {
    arguments: ['first', 'role'],
    page: (compiler, table, args) => {
      const roles = args.role as string[] | null | undefined;
      if (roles && roles.length === 0) {
        refuseArgument('no roles');
      }
      const column = ROLE_SUBJECT_COLUMNS[table.typeName as keyof typeof ROLE_SUBJECT_COLUMNS];
      return {
        nested: rolesBy(column),
        column,
        conditions: roles ? [`"{row}"."role" = ANY(${compiler.param(roles)})`] : [],
        node: (alias, selectionSet) =>
          linkObject(compiler, 'ActorRole', alias, selectionSet, {
            role: `"${alias}"."role"`,
            note: `"${alias}"."note"`,
            actor: toOne(compiler, recordTable('Actor'), `"${alias}"."actorId"`),
          }),
      };
    },
  },
  citations: {
    arguments: ['first'],
    page: (compiler, table) => {
      const column =
        CITATION_SUBJECT_COLUMNS[table.typeName as keyof typeof CITATION_SUBJECT_COLUMNS];
      return {
        nested: citationsBy(column),
        column,
        conditions: [],
        node: (alias, selectionSet) =>
          linkObject(compiler, 'Citation', alias, selectionSet, {
            stance: `"${alias}"."stance"`,
            excerpt: `"${alias}"."excerpt"`,
            accessedOn: localDateSql(`"${alias}"."accessedOn"`),
            source: toOne(compiler, recordTable('Source'), `"${alias}"."sourceId"`),
          }),
      };
    },
  },
};

/** A to-one field, for the response key that asks for it: the record, or null once deleted. */
function toOne(
  compiler: Compiler,
  target: RecordTable,
  foreignKey: string,
): (node: FieldNode) => string {
  return (node) => {
    const joined = compiler.alias();
    return `(SELECT ${recordObject(compiler, target, joined, node.selectionSet)}
      FROM "${tableOf(compiler, target)}" "${joined}"
      WHERE "${joined}"."id" = ${foreignKey}${andLiveRows(compiler.manager, target.list.entity, joined)})`;
  };
}

/** An ActorRole or Citation: its id, its own columns, and its to-one record. */
function linkObject(
  compiler: Compiler,
  typeName: string,
  alias: string,
  selectionSet: SelectionSetNode | undefined,
  fields: Record<string, string | ((node: FieldNode) => string)>,
): string {
  const entries = compiler
    .fields(selectionSet, compiler.objectType(typeName))
    .map(({ key, node }): [string, string] => {
      const name = node.name.value;
      if (name === '__typename') {
        return [key, literal(typeName)];
      }
      if (name === 'id') {
        return [key, globalIdSql(typeName, `"${alias}"."id"`)];
      }
      const sql = fields[name] ?? notCompilable(`field ${typeName}.${name}`);
      return [key, typeof sql === 'function' ? sql(node) : sql];
    });
  return jsonObject(entries);
}

/**
 * A nested connection of link rows (actor roles, citations) of the parent row `parent`: its first
 * `first` rows in the definition's order, read from the link's index and stopped after size + 1,
 * as the nested loader reads them.
 */
function linkConnection(
  compiler: Compiler,
  parent: string,
  node: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  page: LinkPage,
): string {
  const window = pageWindow(args);
  if (window.size === 0) {
    refuseArgument('empty page');
  }
  const alias = compiler.alias();
  const ordering = resolveOrdering(undefined, page.nested.sortKeys, page.nested.defaultOrder);
  const terms = withTieBreaker(ordering) as OrderTerm<unknown>[];
  const orderBy = pageOrder(terms, window, alias)
    .map((term) => `${term.sql} ${term.direction}`)
    .join(', ');
  const conditions = [
    `"${alias}"."${page.column}" = "${parent}"."id"`,
    ...page.conditions.map((condition) => condition.replaceAll('"{row}"', `"${alias}"`)),
  ];
  const connectionType = compiler.objectType(getNamedType(definition.type).name);
  const row = `"${alias}"."page_row"`;
  const onPage = `FILTER (WHERE ${row} <= ${window.size})`;
  // A row's cursor as encodeCursor writes it: base64url of the JSON array [ordering key, values…].
  const cursor = base64urlSql(
    `'[' || ${[
      literal(JSON.stringify(ordering.key)),
      ...terms.map((term) => `to_json(${cursorValueSql(term.sql(alias), term.cursor)})::text`),
    ].join(` || ',' || `)} || ']'`,
  );
  const edgeType = compiler.objectType(getNamedType(connectionType.getFields().edges.type).name);
  const entries = compiler
    .fields(node.selectionSet, connectionType)
    .map(({ key, node: field }): [string, string] => {
      switch (field.name.value) {
        case '__typename':
          return [key, literal(connectionType.name)];
        case 'nodes':
          return [
            key,
            `COALESCE(json_agg(${page.node(alias, field.selectionSet)} ORDER BY ${row}) ${onPage}, '[]'::json)`,
          ];
        case 'edges': {
          const edge = compiler
            .fields(field.selectionSet, edgeType)
            .map(({ key: edgeKey, node: part }): [string, string] => [
              edgeKey,
              part.name.value === 'node'
                ? page.node(alias, part.selectionSet)
                : part.name.value === 'cursor'
                  ? cursor
                  : part.name.value === '__typename'
                    ? literal(edgeType.name)
                    : notCompilable(`edge field ${part.name.value}`),
            ]);
          return [
            key,
            `COALESCE(json_agg(${jsonObject(edge)} ORDER BY ${row}) ${onPage}, '[]'::json)`,
          ];
        }
        case 'pageInfo':
          return [
            key,
            jsonObject(
              compiler
                .fields(field.selectionSet, compiler.objectType('PageInfo'))
                .map(({ key: infoKey, node: info }): [string, string] => [
                  infoKey,
                  {
                    hasNextPage: `count(*) > ${window.size}`,
                    hasPreviousPage: 'false',
                    startCursor: `(array_agg(${cursor} ORDER BY ${row}) ${onPage})[1]`,
                    endCursor: `(array_agg(${cursor} ORDER BY ${row} DESC) ${onPage})[1]`,
                    __typename: literal('PageInfo'),
                  }[info.name.value] ?? notCompilable(`PageInfo.${info.name.value}`),
                ]),
            ),
          ];
        default:
          return notCompilable(`connection field ${field.name.value}`);
      }
    });
  return `(SELECT ${jsonObject(entries)} FROM (
      SELECT "${alias}".*, row_number() OVER (ORDER BY ${orderBy}) AS "page_row"
      FROM (
        SELECT * FROM "${page.nested.table}" "${alias}" WHERE ${conditions.join(' AND ')}
        ORDER BY ${orderBy} LIMIT ${window.size + 1}
      ) "${alias}"
    ) "${alias}")`;
}
