import { REFERENCE_TARGETS, type RecordTable, type TableField } from './record-tables';
import {
  citationsJoin,
  LIST_SEPARATOR,
  rolesJoin,
  summaryJoin,
  type RelatedJoin,
} from './related-sql';
import {
  booleanTextSql,
  fuzzyDateColumns,
  fuzzyDateKnown,
  fuzzyDateParts,
  globalIdSql,
  isoTimestampSql,
  jsNumberSql,
  jsonNumberSql,
  jsonObjectSql,
  jsonSql,
  literal,
} from './sql-values';

/** The parts of an uncertain date, each its own spreadsheet column: `<field><Part>`. */
export const DATE_PARTS = [
  'From',
  'To',
  'Ongoing',
  'Precision',
  'ToPrecision',
  'Start',
  'Latest',
  'Label',
  'Note',
] as const;

const DATE_KEYS = DATE_PARTS.map((part) => part[0].toLowerCase() + part.slice(1));

export type ExportFormat = 'csv' | 'json';

/** What the export statement selects: its joins and, per CSV column or JSON key, the SQL. */
export interface ExportSelection {
  joins: string[];
  columns: [string, string][];
}

// CSV cells: csv-stringify wrote null and '' alike as an empty, unquoted cell, while COPY quotes
// an empty string (to tell it from NULL); NULLIF keeps the cells as they were.
const cell = (sql: string): string => `NULLIF((${sql})::text, '')`;

const refAlias = (alias: string, field: TableField) => `${alias}_${field.name}`;

function refJoin(alias: string, field: TableField): string {
  const target = REFERENCE_TARGETS[field.refType!];
  const joined = refAlias(alias, field);
  return `LEFT JOIN "${target.table}" "${joined}" ON "${joined}"."id" = "${alias}"."${field.name}Id" AND "${joined}"."deletedAt" IS NULL`;
}

function refParts(alias: string, field: TableField): [string, string][] {
  const target = REFERENCE_TARGETS[field.refType!];
  const joined = refAlias(alias, field);
  const foreignKey = `"${alias}"."${field.name}Id"`;
  return [
    [
      'id',
      `CASE WHEN ${foreignKey} IS NOT NULL THEN ${globalIdSql(field.refType!, foreignKey)} END`,
    ],
    ['externalId', `"${joined}"."externalId"`],
    ['name', target.nameColumn ? `"${joined}"."${target.nameColumn}"` : 'NULL::text'],
    ...(field.refType === 'Place'
      ? ([['countryCode', `"${joined}"."countryCode"`]] as [string, string][])
      : []),
  ];
}

const capitalized = (key: string) => key[0].toUpperCase() + key.slice(1);

function csvFieldColumns(alias: string, field: TableField): [string, string][] {
  const value = field.exportSql ? field.exportSql(alias) : `"${alias}"."${field.name}"`;
  switch (field.kind) {
    case 'date': {
      const parts = fuzzyDateParts(fuzzyDateColumns(alias, field.name));
      return DATE_PARTS.map((part, index) => [
        `${field.name}${part}`,
        cell(parts[DATE_KEYS[index]]),
      ]);
    }
    case 'ref':
      return refParts(alias, field).map(([key, sql]) => [
        `${field.name}${capitalized(key)}`,
        cell(sql),
      ]);
    case 'list':
      return [[field.name, cell(`array_to_string(${value}, ${literal(LIST_SEPARATOR)}, '')`)]];
    case 'float':
      return [[field.name, jsNumberSql(`(${value})::float8`)]];
    case 'boolean':
      return [[field.name, booleanTextSql(value)]];
    default:
      return [[field.name, cell(value)]];
  }
}

function jsonFieldValue(alias: string, field: TableField): string {
  const value = field.exportSql ? field.exportSql(alias) : `"${alias}"."${field.name}"`;
  switch (field.kind) {
    case 'date': {
      const date = fuzzyDateColumns(alias, field.name);
      const parts = fuzzyDateParts(date);
      return `CASE WHEN ${fuzzyDateKnown(date)} THEN ${jsonObjectSql([
        ['from', jsonSql(parts.from)],
        ['to', jsonSql(parts.to)],
        ['precision', jsonSql(parts.precision)],
        ['toPrecision', jsonSql(parts.toPrecision)],
        ['start', jsonSql(parts.start)],
        ['latest', jsonSql(parts.latest)],
        ['ongoing', parts.ongoing],
        ['label', jsonSql(parts.label)],
        ['note', jsonSql(parts.note)],
      ])} ELSE 'null' END`;
    }
    case 'ref':
      return `CASE WHEN "${alias}"."${field.name}Id" IS NOT NULL THEN ${jsonObjectSql(
        refParts(alias, field).map(([key, sql]) => [key, jsonSql(sql)]),
      )} ELSE 'null' END`;
    case 'float':
      return jsonNumberSql(`(${value})::float8`);
    case 'boolean':
      return `COALESCE(${booleanTextSql(value)}, 'null')`;
    default:
      return jsonSql(value);
  }
}

/** The header row of a kind's CSV export, in order. */
export function csvColumns(table: RecordTable): string[] {
  return exportSelection(table, 'row', 'csv', 'NULL').columns.map(([name]) => name);
}

/**
 * The columns of a kind's CSV export (or the keys of its JSON lines), as the GraphQL mappers
 * showed them: global ids, references with their external ids and names, lists joined with "; ",
 * dates split into their parts, the actor roles and citations aggregated per record.
 */
export function exportSelection(
  table: RecordTable,
  alias: string,
  format: ExportFormat,
  selectedIds: string,
): ExportSelection {
  const joins: string[] = [];
  const related = (format === 'csv' ? [summaryJoin] : [rolesJoin, citationsJoin])
    .map((build) => build({ table, alias, selectedIds }))
    .filter((join): join is RelatedJoin => join !== null);
  for (const field of table.fields) {
    if (field.kind === 'ref') {
      joins.push(refJoin(alias, field));
    }
  }
  joins.push(...related.map((join) => join.join));
  const row = `"${alias}"`;
  const columns: [string, string][] =
    format === 'csv'
      ? [
          ['id', globalIdSql(table.typeName, `${row}."id"`)],
          ['rowId', `${row}."id"`],
          ['externalId', cell(`${row}."externalId"`)],
          ...table.fields.flatMap((field) => csvFieldColumns(alias, field)),
        ]
      : [
          ['id', jsonSql(globalIdSql(table.typeName, `${row}."id"`))],
          ['rowId', jsonSql(`${row}."id"`)],
          ['externalId', jsonSql(`${row}."externalId"`)],
          ...table.fields.map((field): [string, string] => [
            field.name,
            jsonFieldValue(alias, field),
          ]),
        ];
  columns.push(...related.flatMap((join) => join.columns));
  const createdAt = isoTimestampSql(`${row}."createdAt"`);
  const updatedAt = isoTimestampSql(`${row}."updatedAt"`);
  columns.push(
    ['createdAt', format === 'csv' ? createdAt : jsonSql(createdAt)],
    ['updatedAt', format === 'csv' ? updatedAt : jsonSql(updatedAt)],
    ['version', `${row}."version"`],
  );
  return { joins, columns };
}
