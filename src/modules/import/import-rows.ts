import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import { parse } from 'csv-parse';

import type { RecordTable } from '../export';

/** A reference to another record: by the partner's externalId (preferred) or by global ID. */
export interface RecordReference {
  externalId?: string | null;
  id?: string | null;
}

export interface ImportLink {
  role?: string;
  stance?: string;
  note?: string | null;
  excerpt?: string | null;
  accessedOn?: string | null;
  target: RecordReference;
}

/** One row of an import file, as the input of the kind's upsert mutation plus its links. */
export interface ImportRow {
  /** Line of the file the row ends on (CSV: the header is line 1). */
  line: number;
  externalId: string | null;
  /** Upsert input fields (without externalId and references); absent columns stay absent. */
  fields: Record<string, unknown>;
  /** Reference field ("place") → the record it points at; null clears it. */
  references: Record<string, RecordReference | null>;
  /** Actor roles and citations to add (NDJSON only); undefined when the row says nothing. */
  actors?: ImportLink[];
  citations?: ImportLink[];
  /** Problems found while reading the row; the row is rejected when there are any. */
  problems: { field: string | null; message: string }[];
}

/** Cells that exports write for people and imports ignore. */
function exportOnlyColumns(table: RecordTable): Set<string> {
  const columns = ['id', 'rowId', 'createdAt', 'updatedAt', 'version'];
  for (const field of table.fields) {
    if (field.exportOnly) {
      columns.push(field.name);
    } else if (field.kind === 'date') {
      columns.push(
        ...['Precision', 'ToPrecision', 'Start', 'Latest', 'Label'].map(
          (part) => `${field.name}${part}`,
        ),
      );
    } else if (field.kind === 'ref') {
      columns.push(`${field.name}Name`, `${field.name}CountryCode`);
    }
  }
  if (table.hasRoles) {
    columns.push(...Object.keys(table.roleColumns ?? {}), 'otherActors', 'actorCount');
  }
  if (table.hasCitations) {
    columns.push('citationCount', 'sourcePublishers', 'sourceUrls', 'denyingPublishers');
  }
  return new Set(columns);
}

/** Columns a CSV import reads. */
function importColumns(table: RecordTable): Set<string> {
  const columns = ['externalId'];
  for (const field of table.fields) {
    if (field.exportOnly) {
      continue;
    }
    if (field.kind === 'date') {
      columns.push(...['From', 'To', 'Ongoing', 'Note'].map((part) => `${field.name}${part}`));
    } else if (field.kind === 'ref') {
      columns.push(`${field.name}Id`, `${field.name}ExternalId`);
    } else {
      columns.push(field.name);
    }
  }
  return new Set(columns);
}

/** Header problems that make a whole CSV file unreadable: unknown columns, or no externalId. */
export function checkCsvHeader(table: RecordTable, header: string[]): string[] {
  const known = importColumns(table);
  const ignored = exportOnlyColumns(table);
  const problems = header
    .filter((column) => !known.has(column) && !ignored.has(column))
    .map((column) => `unknown column "${column}" for ${table.slug}`);
  if (!header.includes('externalId')) {
    problems.push('the externalId column is missing: imports upsert by externalId');
  }
  return problems;
}

// A cell that is not a number is passed on as text, so GraphQL's coercion names the problem.
const numberCell = (cell: string, pattern: RegExp): unknown =>
  pattern.test(cell.trim()) ? Number(cell.trim()) : cell;

function cellValue(kind: string, cell: string): unknown {
  if (cell === '') {
    return kind === 'list' ? [] : null;
  }
  switch (kind) {
    case 'int':
      return numberCell(cell, /^-?\d+$/);
    case 'float':
      return numberCell(cell, /^-?\d+(\.\d+)?$/);
    case 'list':
      return cell
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean);
    default:
      return cell;
  }
}

/** One CSV record (header → cell) as an import row. */
export function csvRow(
  table: RecordTable,
  record: Record<string, string>,
  line: number,
): ImportRow {
  const has = (column: string) => Object.prototype.hasOwnProperty.call(record, column);
  const row: ImportRow = {
    line,
    externalId: record.externalId?.trim() || null,
    fields: {},
    references: {},
    problems: [],
  };
  for (const field of table.fields) {
    if (field.exportOnly) {
      continue;
    }
    if (field.kind === 'date') {
      if (has(`${field.name}From`)) {
        const from = record[`${field.name}From`].trim();
        row.fields[field.name] = from
          ? {
              from,
              to: record[`${field.name}To`]?.trim() || null,
              ongoing: record[`${field.name}Ongoing`]?.trim() === 'true' ? true : null,
              note: record[`${field.name}Note`] || null,
            }
          : null;
      }
    } else if (field.kind === 'ref') {
      const externalId = record[`${field.name}ExternalId`]?.trim();
      const id = record[`${field.name}Id`]?.trim();
      if (has(`${field.name}ExternalId`) || has(`${field.name}Id`)) {
        row.references[field.name] = externalId ? { externalId } : id ? { id } : null;
      }
    } else if (has(field.name)) {
      row.fields[field.name] = cellValue(field.kind, record[field.name]);
    }
  }
  return row;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function reference(value: unknown): RecordReference | null | undefined {
  if (value === null) {
    return null;
  }
  if (isObject(value) && (typeof value.externalId === 'string' || typeof value.id === 'string')) {
    return typeof value.externalId === 'string'
      ? { externalId: value.externalId }
      : { id: value.id as string };
  }
  return undefined;
}

function links(
  value: unknown,
  field: string,
  targetKey: 'actor' | 'source',
  row: ImportRow,
): ImportLink[] | undefined {
  if (!Array.isArray(value)) {
    row.problems.push({ field, message: 'must be a list' });
    return undefined;
  }
  const result: ImportLink[] = [];
  value.forEach((item, index) => {
    const target = isObject(item) ? reference(item[targetKey]) : undefined;
    if (!isObject(item) || !target) {
      row.problems.push({
        field: `${field}.${index}.${targetKey}`,
        message: `must name the ${targetKey} by externalId or id`,
      });
      return;
    }
    result.push({
      role: item.role as string | undefined,
      stance: item.stance as string | undefined,
      note: (item.note as string | null | undefined) ?? null,
      excerpt: (item.excerpt as string | null | undefined) ?? null,
      accessedOn: (item.accessedOn as string | null | undefined) ?? null,
      target,
    });
  });
  return result;
}

// Keys that NDJSON exports write and imports ignore.
const NDJSON_OUTPUT_KEYS = new Set(['id', 'rowId', 'createdAt', 'updatedAt', 'version']);

/** One NDJSON line (an object shaped like an NDJSON export line) as an import row. */
export function jsonRow(table: RecordTable, text: string, line: number): ImportRow {
  const row: ImportRow = { line, externalId: null, fields: {}, references: {}, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    row.problems.push({ field: null, message: 'is not valid JSON' });
    return row;
  }
  if (!isObject(value)) {
    row.problems.push({ field: null, message: 'must be a JSON object' });
    return row;
  }
  const fields = new Map(table.fields.map((field) => [field.name, field]));
  for (const [key, item] of Object.entries(value)) {
    const field = fields.get(key);
    if (key === 'externalId') {
      row.externalId = typeof item === 'string' && item.trim() ? item.trim() : null;
    } else if (key === 'actors' && table.hasRoles) {
      row.actors = links(item, key, 'actor', row);
    } else if (key === 'citations' && table.hasCitations) {
      row.citations = links(item, key, 'source', row);
    } else if (field?.kind === 'ref') {
      const target = reference(item);
      if (target === undefined) {
        row.problems.push({
          field: key,
          message: 'must be null or an object with externalId or id',
        });
      } else {
        row.references[key] = target;
      }
    } else if (field?.kind === 'date' && isObject(item)) {
      // Exported dates also carry label, start, precision...: only what was reported is read back.
      row.fields[key] = {
        from: item.from,
        to: item.to ?? null,
        ongoing: item.ongoing || null,
        note: item.note ?? null,
      };
    } else if (field && !field.exportOnly) {
      row.fields[key] = item;
    } else if (!NDJSON_OUTPUT_KEYS.has(key) && !field?.exportOnly) {
      row.problems.push({ field: key, message: `is not a field of a ${table.label}` });
    }
  }
  return row;
}

/** The rows of a CSV stream, read as they arrive; a malformed record becomes a row with a problem. */
export async function* readCsv(
  table: RecordTable,
  input: Readable,
  onHeaderProblems: (problems: string[]) => void,
): AsyncGenerator<ImportRow> {
  let headerChecked = false;
  const skipped: ImportRow[] = [];
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const problems = checkCsvHeader(table, header);
      headerChecked = true;
      if (problems.length > 0) {
        onHeaderProblems(problems);
      }
      return header;
    },
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({
      line: error.lines ?? 0,
      externalId: null,
      fields: {},
      references: {},
      problems: [
        {
          field: null,
          message: `unreadable CSV record: ${error.message.replace(/ on line \d+$/, '')}`,
        },
      ],
    });
  });
  input.pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield* skipped.splice(0);
    if (!headerChecked) {
      continue;
    }
    yield csvRow(table, record, info.lines);
  }
  yield* skipped.splice(0);
}

/** The rows of an NDJSON stream, one object per line; blank lines are skipped. */
export async function* readNdjson(table: RecordTable, input: Readable): AsyncGenerator<ImportRow> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() !== '') {
      yield jsonRow(table, text, line);
    }
  }
}
