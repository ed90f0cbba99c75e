import { CITATION_SUBJECT_COLUMNS, ROLE_SUBJECT_COLUMNS } from '../../shared/subject';
import type { RecordTable } from './record-tables';
import { globalIdSql, jsonObjectSql, jsonSql, literal, localDateSql } from './sql-values';

/** Cells holding several values join them with this; imports split on ";". */
export const LIST_SEPARATOR = '; ';

const SEPARATOR = literal(LIST_SEPARATOR);

const DENIALS = `('DENIES', 'DISPUTES')`;

/** A derived table joined to the exported rows on their id, and the columns it adds. */
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
  format: 'csv' | 'json';
}

// Links are aggregated per record for all exported rows at once (one pass over the link table,
// or index lookups when few rows are selected: the planner chooses) instead of one lookup per row,
// which costs a random read per link and made a 1M-row export slower than the old JavaScript path.
const derived = (alias: string, sql: string, context: RelatedContext): string =>
  `LEFT JOIN (${sql}) "${alias}" ON "${alias}"."subject" = "${context.alias}"."id"`;

/**
 * The actor-role columns: per named role its actors' distinct names in link order, the other
 * roles as "name (ROLE)", and the number of distinct actors; or, for JSON, the links themselves.
 */
export function rolesJoin(context: RelatedContext): RelatedJoin | null {
  const subject = ROLE_SUBJECT_COLUMNS[context.table.typeName as keyof typeof ROLE_SUBJECT_COLUMNS];
  if (!context.table.hasRoles || !subject) {
    return null;
  }
  const links = `FROM "actor_roles" "role" JOIN "actors" "actor" ON "actor"."id" = "role"."actorId" AND "actor"."deletedAt" IS NULL
    WHERE "role"."${subject}" IN (${context.selectedIds})`;
  if (context.format === 'json') {
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
    return {
      join: derived(
        'roles',
        `SELECT "role"."${subject}" AS "subject", string_agg(${link}, ',' ORDER BY "role"."createdAt", "role"."id") AS "actors" ${links} GROUP BY 1`,
        context,
      ),
      columns: [['actors', `'[' || COALESCE("roles"."actors", '') || ']'`]],
    };
  }
  const named = Object.entries(context.table.roleColumns ?? {});
  const ordered = `ORDER BY "link"."createdAt", "link"."id"`;
  const namedColumns = named.map(
    ([column, role]) =>
      `string_agg("link"."name", ${SEPARATOR} ${ordered}) FILTER (WHERE "link"."role" = ${literal(role)} AND "link"."firstOfName") AS "${column}"`,
  );
  const others =
    named.length > 0
      ? `"link"."role" NOT IN (${named.map(([, role]) => literal(role)).join(', ')})`
      : 'TRUE';
  return {
    join: derived(
      'roles',
      `SELECT "link"."subject", ${[
        ...namedColumns,
        `string_agg("link"."name" || ' (' || "link"."role" || ')', ${SEPARATOR} ${ordered}) FILTER (WHERE ${others}) AS "otherActors"`,
        `count(DISTINCT "link"."actorId") AS "actorCount"`,
      ].join(', ')}
      FROM (SELECT "role"."${subject}" AS "subject", "actor"."name", "role"."role"::text AS "role", "role"."actorId", "role"."createdAt", "role"."id",
          "actor"."name" <> '' AND row_number() OVER (PARTITION BY "role"."${subject}", "role"."role", "actor"."name" ORDER BY "role"."createdAt", "role"."id") = 1 AS "firstOfName"
        ${links}) "link"
      GROUP BY 1`,
      context,
    ),
    columns: [
      ...named.map(([column]): [string, string] => [column, `"roles"."${column}"`]),
      ['otherActors', `"roles"."otherActors"`],
      ['actorCount', `COALESCE("roles"."actorCount", 0)`],
    ],
  };
}

/**
 * The citation columns: how many, the distinct publishers and URLs in citation order, and the
 * publishers that deny or dispute; or, for JSON, the citations with their sources.
 */
export function citationsJoin(context: RelatedContext): RelatedJoin | null {
  const subject =
    CITATION_SUBJECT_COLUMNS[context.table.typeName as keyof typeof CITATION_SUBJECT_COLUMNS];
  if (!context.table.hasCitations || !subject) {
    return null;
  }
  const links = `FROM "citations" "citation" JOIN "sources" "source" ON "source"."id" = "citation"."sourceId" AND "source"."deletedAt" IS NULL
    WHERE "citation"."${subject}" IN (${context.selectedIds})`;
  if (context.format === 'json') {
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
    return {
      join: derived(
        'citations',
        `SELECT "citation"."${subject}" AS "subject", string_agg(${link}, ',' ORDER BY "citation"."createdAt", "citation"."id") AS "citations" ${links} GROUP BY 1`,
        context,
      ),
      columns: [['citations', `'[' || COALESCE("citations"."citations", '') || ']'`]],
    };
  }
  const ordered = `ORDER BY "link"."createdAt", "link"."id"`;
  return {
    join: derived(
      'citations',
      `SELECT "link"."subject", count(*) AS "citationCount",
        string_agg("link"."publisher", ${SEPARATOR} ${ordered}) FILTER (WHERE "link"."firstOfPublisher") AS "sourcePublishers",
        string_agg("link"."url", ${SEPARATOR} ${ordered}) FILTER (WHERE "link"."firstOfUrl") AS "sourceUrls",
        string_agg("link"."publisher", ${SEPARATOR} ${ordered}) FILTER (WHERE "link"."firstDenial") AS "denyingPublishers"
      FROM (SELECT "citation"."${subject}" AS "subject", "source"."publisher", "source"."url", "citation"."createdAt", "citation"."id",
          "source"."publisher" <> '' AND row_number() OVER "byPublisher" = 1 AS "firstOfPublisher",
          "source"."url" <> '' AND row_number() OVER (PARTITION BY "citation"."${subject}", "source"."url" ORDER BY "citation"."createdAt", "citation"."id") = 1 AS "firstOfUrl",
          "source"."publisher" <> '' AND "citation"."stance" IN ${DENIALS}
            AND count(*) FILTER (WHERE "citation"."stance" IN ${DENIALS}) OVER "byPublisher" = 1 AS "firstDenial"
        ${links}
        WINDOW "byPublisher" AS (PARTITION BY "citation"."${subject}", "source"."publisher" ORDER BY "citation"."createdAt", "citation"."id" ROWS UNBOUNDED PRECEDING)) "link"
      GROUP BY 1`,
      context,
    ),
    columns: [
      ['citationCount', `COALESCE("citations"."citationCount", 0)`],
      ['sourcePublishers', `"citations"."sourcePublishers"`],
      ['sourceUrls', `"citations"."sourceUrls"`],
      ['denyingPublishers', `"citations"."denyingPublishers"`],
    ],
  };
}
