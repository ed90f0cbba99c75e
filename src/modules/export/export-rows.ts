import { toGlobalId } from '../../graphql/global-id';
import type { FuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import type { RecordTable } from './record-tables';
import type { CitationLink, RelatedRecords, RoleLink } from './related';

/** Cells holding several values join them with this; imports split on ";". */
export const LIST_SEPARATOR = '; ';

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

type Node = Record<string, unknown>;

const dateCells = (name: string, value: FuzzyDate | null): Record<string, unknown> => ({
  [`${name}From`]: value?.from ?? null,
  [`${name}To`]: value?.to ?? null,
  [`${name}Ongoing`]: value ? value.ongoing : null,
  [`${name}Precision`]: value?.precision ?? null,
  [`${name}ToPrecision`]: value?.toPrecision ?? null,
  [`${name}Start`]: value?.start ?? null,
  [`${name}Latest`]: value?.latest ?? null,
  [`${name}Label`]: value?.label ?? null,
  [`${name}Note`]: value?.note ?? null,
});

const unique = (values: (string | null)[]): string[] => [
  ...new Set(values.filter((value): value is string => !!value)),
];

const joined = (values: string[]): string | null =>
  values.length > 0 ? values.join(LIST_SEPARATOR) : null;

/** The header row of a kind's CSV export, in order. */
export function csvColumns(table: RecordTable): string[] {
  const columns = ['id', 'rowId', 'externalId'];
  for (const field of table.fields) {
    if (field.kind === 'date') {
      columns.push(...DATE_PARTS.map((part) => `${field.name}${part}`));
    } else if (field.kind === 'ref') {
      columns.push(`${field.name}Id`, `${field.name}ExternalId`, `${field.name}Name`);
      if (field.refType === 'Place') {
        columns.push(`${field.name}CountryCode`);
      }
    } else {
      columns.push(field.name);
    }
  }
  if (table.hasRoles) {
    columns.push(...Object.keys(table.roleColumns ?? {}), 'otherActors', 'actorCount');
  }
  if (table.hasCitations) {
    columns.push('citationCount', 'sourcePublishers', 'sourceUrls', 'denyingPublishers');
  }
  columns.push('createdAt', 'updatedAt', 'version');
  return columns;
}

const rolesOf = (related: RelatedRecords, node: Node): RoleLink[] =>
  related.roles.get(node.rowId as string) ?? [];

const citationsOf = (related: RelatedRecords, node: Node): CitationLink[] =>
  related.citations.get(node.rowId as string) ?? [];

/** One record as flat spreadsheet cells: lists joined with "; ", dates split into their parts. */
export function toCsvRow(table: RecordTable, node: Node, related: RelatedRecords): Node {
  const row: Node = { id: node.id, rowId: node.rowId, externalId: node.externalId };
  for (const field of table.fields) {
    const value = node[field.name];
    if (field.kind === 'date') {
      Object.assign(row, dateCells(field.name, value as FuzzyDate | null));
    } else if (field.kind === 'ref') {
      const id = node[`${field.name}Id`] as string | null;
      const target = id ? related.references.get(id) : undefined;
      row[`${field.name}Id`] = id ? toGlobalId(field.refType!, id) : null;
      row[`${field.name}ExternalId`] = target?.externalId ?? null;
      row[`${field.name}Name`] = target?.name ?? null;
      if (field.refType === 'Place') {
        row[`${field.name}CountryCode`] = target?.countryCode ?? null;
      }
    } else if (field.kind === 'list') {
      row[field.name] = joined((value as string[] | null) ?? []);
    } else {
      row[field.name] = value ?? null;
    }
  }
  if (table.hasRoles) {
    const roles = rolesOf(related, node);
    const named = new Set(Object.values(table.roleColumns ?? {}));
    for (const [column, role] of Object.entries(table.roleColumns ?? {})) {
      row[column] = joined(
        unique(roles.filter((link) => link.role === role).map((link) => link.actorName)),
      );
    }
    row.otherActors = joined(
      roles
        .filter((link) => !named.has(link.role))
        .map((link) => `${link.actorName} (${link.role})`),
    );
    row.actorCount = new Set(roles.map((link) => link.actorId)).size;
  }
  if (table.hasCitations) {
    const citations = citationsOf(related, node);
    row.citationCount = citations.length;
    row.sourcePublishers = joined(unique(citations.map((link) => link.publisher)));
    row.sourceUrls = joined(unique(citations.map((link) => link.url)));
    row.denyingPublishers = joined(
      unique(
        citations
          .filter((link) => link.stance === 'DENIES' || link.stance === 'DISPUTES')
          .map((link) => link.publisher),
      ),
    );
  }
  row.createdAt = (node.createdAt as Date).toISOString();
  row.updatedAt = (node.updatedAt as Date).toISOString();
  row.version = node.version;
  return row;
}

/**
 * One record as a JSON object: the fields as the GraphQL type has them, references with their
 * external ids and names, and the actor roles and citations, so that an import can rebuild it.
 */
export function toJsonRow(table: RecordTable, node: Node, related: RelatedRecords): Node {
  const row: Node = { id: node.id, rowId: node.rowId, externalId: node.externalId };
  for (const field of table.fields) {
    if (field.kind === 'ref') {
      const id = node[`${field.name}Id`] as string | null;
      const target = id ? related.references.get(id) : undefined;
      row[field.name] = id
        ? {
            id: toGlobalId(field.refType!, id),
            externalId: target?.externalId ?? null,
            name: target?.name ?? null,
            ...(field.refType === 'Place' ? { countryCode: target?.countryCode ?? null } : {}),
          }
        : null;
    } else if (field.kind === 'date') {
      const value = node[field.name] as FuzzyDate | null;
      row[field.name] = value ? { ...value } : null;
    } else {
      row[field.name] = node[field.name] ?? null;
    }
  }
  if (table.hasRoles) {
    row.actors = rolesOf(related, node).map((link) => ({
      role: link.role,
      note: link.note,
      actor: {
        id: toGlobalId('Actor', link.actorId),
        externalId: link.actorExternalId,
        name: link.actorName,
      },
    }));
  }
  if (table.hasCitations) {
    row.citations = citationsOf(related, node).map((link) => ({
      stance: link.stance,
      excerpt: link.excerpt,
      accessedOn: link.accessedOn,
      source: {
        id: toGlobalId('Source', link.sourceId),
        externalId: link.sourceExternalId,
        publisher: link.publisher,
        title: link.title,
        url: link.url,
      },
    }));
  }
  row.createdAt = (node.createdAt as Date).toISOString();
  row.updatedAt = (node.updatedAt as Date).toISOString();
  row.version = node.version;
  return row;
}
