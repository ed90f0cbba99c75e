import { CITATION_SUBJECT_COLUMNS, ROLE_SUBJECT_COLUMNS } from '../../shared/subject';
import type { RecordTable } from './record-tables';
import { globalIdSql, jsonObjectSql, jsonSql, localDateSql } from './sql-values';

/** Cells holding several values join them with this; imports split on ";". */
export const LIST_SEPARATOR = '; ';

/** A table joined to the exported rows on their id, and the columns it adds. */
export interface RelatedJoin {
  join: string;
  /** Column or JSON key → SQL reading it from the joined table. */
  columns: [string, string][];
}

export interface RelatedContext {
  table: RecordTable;
  alias: string;
  /** SQL selecting the ids of the exported rows: links of other rows are never read. */
  selectedIds: string;
}

// JSON links are aggregated per record for all exported rows at once (one pass over the link
// table, or index lookups when few rows are selected: the planner chooses) instead of one lookup
// per row, which costs a random read per link.
const derived = (alias: string, sql: string, context: RelatedContext): string =>
  `LEFT JOIN (${sql}) "${alias}" ON "${alias}"."subject" = "${context.alias}"."id"`;

/**
 * A record's links as the JSON array under `key`: `json` (an object per row of `from`, whose
 * link table is aliased `link` and points at the record through `subject`) in link order.
 */
function jsonLinks(
  spec: { alias: string; key: string; link: string; subject: string; from: string; json: string },
  context: RelatedContext,
): RelatedJoin {
  const { alias, key, link, subject, from, json } = spec;
  return {
    join: derived(
      alias,
      `SELECT "${link}"."${subject}" AS "subject", string_agg(${json}, ',' ORDER BY "${link}"."createdAt", "${link}"."id") AS "${key}" ${from} GROUP BY 1`,
      context,
    ),
    columns: [[key, `'[' || COALESCE("${alias}"."${key}", '') || ']'`]],
  };
}

/** For JSON: each record's actor-role links, with their actors, in link order. */
export function rolesJoin(context: RelatedContext): RelatedJoin | null {
  const subject = ROLE_SUBJECT_COLUMNS[context.table.typeName as keyof typeof ROLE_SUBJECT_COLUMNS];
  if (!context.table.hasRoles || !subject) {
    return null;
  }
  const links = `FROM "actor_roles" "role" JOIN "actors" "actor" ON "actor"."id" = "role"."actorId" AND "actor"."deletedAt" IS NULL
    WHERE "role"."${subject}" IN (${context.selectedIds})`;
  const link = jsonObjectSql([
    ['role', jsonSql('"role"."role"')],
    ['note', jsonSql('"role"."note"')],
    [
      'actor',
      jsonObjectSql([
        ['id', jsonSql(globalIdSql('Actor', '"actor"."id"'))],
        ['externalId', jsonSql('"actor"."externalId"')],
        ['name', jsonSql('"actor"."name"')],
      ]),
    ],
  ]);
  return jsonLinks(
    { alias: 'roles', key: 'actors', link: 'role', subject, from: links, json: link },
    context,
  );
}

/** For JSON: each record's citations, with their sources, in citation order. */
export function citationsJoin(context: RelatedContext): RelatedJoin | null {
  const subject =
    CITATION_SUBJECT_COLUMNS[context.table.typeName as keyof typeof CITATION_SUBJECT_COLUMNS];
  if (!context.table.hasCitations || !subject) {
    return null;
  }
  const links = `FROM "citations" "citation" JOIN "sources" "source" ON "source"."id" = "citation"."sourceId" AND "source"."deletedAt" IS NULL
    WHERE "citation"."${subject}" IN (${context.selectedIds})`;
  const link = jsonObjectSql([
    ['stance', jsonSql('"citation"."stance"')],
    ['excerpt', jsonSql('"citation"."excerpt"')],
    ['accessedOn', jsonSql(localDateSql('"citation"."accessedOn"'))],
    [
      'source',
      jsonObjectSql([
        ['id', jsonSql(globalIdSql('Source', '"source"."id"'))],
        ['externalId', jsonSql('"source"."externalId"')],
        ['publisher', jsonSql('"source"."publisher"')],
        ['title', jsonSql('"source"."title"')],
        ['url', jsonSql('"source"."url"')],
      ]),
    ],
  ]);
  return jsonLinks(
    { alias: 'citations', key: 'citations', link: 'citation', subject, from: links, json: link },
    context,
  );
}

/**
 * For CSV, from the record's row in link_summaries (kept by triggers, see link-summary.entity.ts):
 * per named role its actors' distinct names in link order, the other roles as "name (ROLE)", the
 * number of distinct actors; then the number of citations, the distinct publishers and URLs in
 * citation order, and the publishers that deny or dispute.
 */
export function summaryJoin(context: RelatedContext): RelatedJoin | null {
  const { table, alias } = context;
  const hasRoles = table.hasRoles && table.typeName in ROLE_SUBJECT_COLUMNS;
  const hasCitations = table.hasCitations && table.typeName in CITATION_SUBJECT_COLUMNS;
  if (!hasRoles && !hasCitations) {
    return null;
  }
  const summary = '"link_summary"';
  const columns: [string, string][] = [];
  if (hasRoles) {
    // actorNames holds the kind's named roles in roleColumns order (migration link-summaries).
    Object.keys(table.roleColumns ?? {}).forEach((column, index) =>
      columns.push([column, `${summary}."actorNames"[${index + 1}]`]),
    );
    columns.push(
      ['otherActors', `${summary}."otherActors"`],
      ['actorCount', `COALESCE(${summary}."actorCount", 0)`],
    );
  }
  if (hasCitations) {
    columns.push(
      ['citationCount', `COALESCE(${summary}."citationCount", 0)`],
      ['sourcePublishers', `${summary}."sourcePublishers"`],
      ['sourceUrls', `${summary}."sourceUrls"`],
      ['denyingPublishers', `${summary}."denyingPublishers"`],
    );
  }
  return {
    join: `LEFT JOIN "link_summaries" ${summary} ON ${summary}."recordId" = "${alias}"."id"`,
    columns,
  };
}
