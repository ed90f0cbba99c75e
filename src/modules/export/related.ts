import type { EntityManager } from 'typeorm';

import { CITATION_SUBJECT_COLUMNS, ROLE_SUBJECT_COLUMNS } from '../../shared/subject';
import { REFERENCE_TARGETS, type RecordTable } from './record-tables';

export interface ReferencedRecord {
  id: string;
  externalId: string | null;
  name: string | null;
  countryCode: string | null;
}

export interface RoleLink {
  role: string;
  note: string | null;
  actorId: string;
  actorExternalId: string | null;
  actorName: string;
}

export interface CitationLink {
  stance: string;
  excerpt: string | null;
  accessedOn: string | null;
  sourceId: string;
  sourceExternalId: string | null;
  publisher: string;
  title: string;
  url: string | null;
}

/** What one chunk of exported records refers to, fetched with one query per relation. */
export interface RelatedRecords {
  references: Map<string, ReferencedRecord>;
  roles: Map<string, RoleLink[]>;
  citations: Map<string, CitationLink[]>;
}

function group<T extends { subject: string }>(rows: T[]): Map<string, Omit<T, 'subject'>[]> {
  const grouped = new Map<string, Omit<T, 'subject'>[]>();
  for (const { subject, ...rest } of rows) {
    const list = grouped.get(subject) ?? [];
    list.push(rest);
    grouped.set(subject, list);
  }
  return grouped;
}

/**
 * Names, external ids and links of a chunk of records: one query per reference type, one for
 * actor roles and one for citations, whatever the chunk size (never one per row).
 */
export async function loadRelated(
  manager: EntityManager,
  table: RecordTable,
  nodes: Record<string, unknown>[],
): Promise<RelatedRecords> {
  const ids = nodes.map((node) => node.rowId as string);
  const references = new Map<string, ReferencedRecord>();
  const byType = new Map<string, Set<string>>();
  for (const field of table.fields) {
    if (field.kind !== 'ref') {
      continue;
    }
    const wanted = byType.get(field.refType!) ?? new Set<string>();
    for (const node of nodes) {
      const id = node[`${field.name}Id`];
      if (typeof id === 'string') {
        wanted.add(id);
      }
    }
    byType.set(field.refType!, wanted);
  }
  // One statement per relation, all at once through the pool.
  const referenceQueries = [...byType]
    .filter(([, wanted]) => wanted.size > 0)
    .map(async ([refType, wanted]) => {
      const target = REFERENCE_TARGETS[refType];
      const name = target.nameColumn ? `"${target.nameColumn}"` : 'NULL';
      const country = refType === 'Place' ? '"countryCode"' : 'NULL';
      const rows: ReferencedRecord[] = await manager.query(
        `SELECT id, "externalId", ${name} AS name, ${country} AS "countryCode" FROM "${target.table}" WHERE id = ANY($1::uuid[]) AND "deletedAt" IS NULL`,
        [[...wanted]],
      );
      for (const row of rows) {
        references.set(row.id, row);
      }
    });

  const roleColumn = ROLE_SUBJECT_COLUMNS[table.typeName as keyof typeof ROLE_SUBJECT_COLUMNS];
  const rolesQuery: Promise<Map<string, RoleLink[]>> =
    table.hasRoles && roleColumn && ids.length > 0
      ? manager
          .query(
            `SELECT r."${roleColumn}" AS subject, r.role::text AS role, r.note, a.id AS "actorId", a."externalId" AS "actorExternalId", a.name AS "actorName"
           FROM actor_roles r JOIN actors a ON a.id = r."actorId" AND a."deletedAt" IS NULL
          WHERE r."${roleColumn}" = ANY($1::uuid[])
          ORDER BY r."createdAt", r.id`,
            [ids],
          )
          .then((rows: (RoleLink & { subject: string })[]) => group(rows))
      : Promise.resolve(new Map());

  const citationColumn =
    CITATION_SUBJECT_COLUMNS[table.typeName as keyof typeof CITATION_SUBJECT_COLUMNS];
  const citationsQuery: Promise<Map<string, CitationLink[]>> =
    table.hasCitations && citationColumn && ids.length > 0
      ? manager
          .query(
            `SELECT c."${citationColumn}" AS subject, c.stance::text AS stance, c.excerpt, c."accessedOn"::text AS "accessedOn",
                s.id AS "sourceId", s."externalId" AS "sourceExternalId", s.publisher, s.title, s.url
           FROM citations c JOIN sources s ON s.id = c."sourceId" AND s."deletedAt" IS NULL
          WHERE c."${citationColumn}" = ANY($1::uuid[])
          ORDER BY c."createdAt", c.id`,
            [ids],
          )
          .then((rows: (CitationLink & { subject: string })[]) => group(rows))
      : Promise.resolve(new Map());

  const [, roles, citations] = await Promise.all([
    Promise.all(referenceQueries),
    rolesQuery,
    citationsQuery,
  ]);
  return { references, roles, citations };
}
