import type { EntityManager, ObjectLiteral } from 'typeorm';

import { entityColumns, hydrate } from '../../db/hydrate';
import { preparedQuery } from '../../db/named-query';
import {
  decodeCursor,
  withTieBreaker,
  type ConnectionArgs,
  type OrderTerm,
  type PageWindow,
} from '../../graphql/connection';
import { FilterBuilder } from '../../shared/filter/filter-builder';
import { namesMatch, searchCondition, searchRank } from '../../shared/search';
import type { SearchKind } from './search.types';

/**
 * A top-level search matching more records than this in some kind is broad: its hits are ordered
 * by match tier (names first) instead of ts_rank, which would have to read every match.
 */
export const RANKED_MATCH_LIMIT = 100;

/** The rank of a broad search's hit whose names or titles match the whole query. */
export const NAME_MATCH_RANK = 1;
/** The rank of a broad search's hit that needs its other text (descriptions, summaries…). */
export const TEXT_MATCH_RANK = 0.5;

export interface HitRow {
  id: string;
  kind: SearchKind;
  rank: number;
  /** The record's entity, when the statement that found it read it too (else load it by id). */
  entity?: ObjectLiteral;
}

// Cursors of a ranked search and of a broad one are told apart, so that one is refused by the other.
export const RANKED_ORDERING = 'search';
const TIERED_ORDERING = 'search-tiered';

// Best match first; kind then id make the order total so that cursors are stable. Pages are cut
// in memory or per kind (see searchHits), so these expressions only name the keys.
export const SEARCH_TERMS: OrderTerm<HitRow>[] = withTieBreaker<HitRow>({
  key: RANKED_ORDERING,
  terms: [
    {
      sql: (alias) => `"${alias}"."rank"`,
      direction: 'DESC',
      value: (row) => row.rank,
      cursor: 'number',
    },
    {
      sql: (alias) => `"${alias}"."kind"`,
      direction: 'ASC',
      value: (row) => row.kind,
      cursor: 'text',
    },
  ],
});

// Which tiers a kind's document has (migration search-vectors): arrests and sentences have no
// weight-A text, and a place's document is nothing else.
const SOURCES: Record<SearchKind, { table: string; names: boolean; text: boolean }> = {
  Actor: { table: 'actors', names: true, text: true },
  Arrest: { table: 'arrests', names: false, text: true },
  Incident: { table: 'incidents', names: true, text: true },
  Place: { table: 'places', names: true, text: false },
  Plot: { table: 'plots', names: true, text: true },
  Sanction: { table: 'sanctions', names: true, text: true },
  Sentence: { table: 'sentences', names: false, text: true },
  Source: { table: 'sources', names: true, text: true },
  WeaponsTransfer: { table: 'weapons_transfers', names: true, text: true },
};

const ALL_KINDS = Object.keys(SOURCES) as SearchKind[];

// How many rows a page of one tier of a frequent kind reads in id order before it asks the GIN
// indexes instead: walking wins when matches are dense, the index when they are sparse, and the
// planner cannot tell which (for a word missing from its statistics it guesses up to 0.5% of the
// rows, and the walk it then picks reads the whole table when the word is absent).
const WALK_LIMIT = 4000;

interface Group {
  rank: number;
  kind: SearchKind;
}

function compareGroups(left: Group, right: Group): number {
  if (left.rank !== right.rank) {
    return right.rank - left.rank;
  }
  return left.kind === right.kind ? 0 : left.kind < right.kind ? -1 : 1;
}

function compareHits(left: HitRow, right: HitRow): number {
  return compareGroups(left, right) || (left.id === right.id ? 0 : left.id < right.id ? -1 : 1);
}

interface Bounds {
  after?: string;
  before?: string;
}

/** SQL for one search: its parameters, and the statements that read matches of one kind. */
class SearchStatements {
  private readonly builder = new FilterBuilder('search');
  private readonly text: string;

  constructor(
    private readonly manager: EntityManager,
    text: string,
  ) {
    this.text = this.builder.param(text);
  }

  private run<R>(sql: string): Promise<R[]> {
    return preparedQuery<R>(this.manager, sql, this.builder.parameters);
  }

  /**
   * One `select` per kind, those not in `kinds` switched off by a parameter rather than left
   * out, so that every selection runs the same prepared statement (the planner drops them).
   */
  private eachKind(kinds: SearchKind[], select: (kind: SearchKind, where: string) => string) {
    const selected = this.builder.param(kinds);
    return ALL_KINDS.map((kind) => select(kind, `'${kind}' = ANY(${selected}::text[])`)).join(
      ' UNION ALL ',
    );
  }

  /** True when the query matches the names and titles of row `alias` of `kind` (SQL). */
  private named(kind: SearchKind, alias: string): string {
    const { names, text } = SOURCES[kind];
    return names && text ? namesMatch(`"${alias}"."searchVector"`, this.text) : String(names);
  }

  private range(alias: string, { after, before }: Bounds): string {
    return [
      `"${alias}"."deletedAt" IS NULL`,
      ...(after ? [`"${alias}"."id" > ${this.builder.param(after)}`] : []),
      ...(before ? [`"${alias}"."id" < ${this.builder.param(before)}`] : []),
    ].join(' AND ');
  }

  private matching(group: Group, alias: string): string {
    const named = this.named(group.kind, alias);
    return `${searchCondition(alias, this.text)} AND ${group.rank === NAME_MATCH_RANK ? named : `NOT (${named})`}`;
  }

  /**
   * Every match of each kind that has at most RANKED_MATCH_LIMIT, with its tier and ts_rank, and
   * one row for each kind that has more (`matches` is then RANKED_MATCH_LIMIT + 1): the page of a
   * broad search reads those kinds again in its own order, so their rows would only be parsed,
   * and their tiers and ranks (ts_rank is the costliest part of reading a match) not needed.
   */
  probe(kinds: SearchKind[]) {
    const named = `CASE "kind" ${ALL_KINDS.map(
      (kind) => `WHEN '${kind}' THEN ${this.named(kind, 'counted')}`,
    ).join(' ')} END`;
    return this.run<{
      kind: SearchKind;
      id: string;
      named: boolean;
      rank: string;
      matches: string;
    }>(
      `SELECT "kind", "id", ${named} AS "named", ${searchRank('counted', this.text)} AS "rank", "matches"
       FROM (SELECT "hit".*, count(*) OVER "byKind" AS "matches", row_number() OVER "byKind" AS "index"
             FROM (${this.eachKind(
               kinds,
               (kind, selected) =>
                 `(SELECT '${kind}'::text AS "kind", "t"."id", "t"."searchVector"
                   FROM "${SOURCES[kind].table}" "t"
                   WHERE ${selected} AND "t"."deletedAt" IS NULL AND ${searchCondition('t', this.text)}
                   LIMIT ${RANKED_MATCH_LIMIT + 1})`,
             )}) "hit"
             WINDOW "byKind" AS (PARTITION BY "kind")) "counted"
       WHERE "matches" <= ${RANKED_MATCH_LIMIT} OR "index" = 1`,
    );
  }

  // The page's records are read by the statement that finds them (the walk reads their rows
  // anyway), which saves the by-id statement that would load them next.
  private async records(table: string, sql: string): Promise<ObjectLiteral[]> {
    return hydrate(this.manager, table, 'w', await this.run<Record<string, unknown>>(sql));
  }

  /** The group's first `limit` records in `direction`, reading at most WALK_LIMIT rows of the table. */
  walk(group: Group, bounds: Bounds, direction: 'ASC' | 'DESC', limit: number) {
    const { table } = SOURCES[group.kind];
    return this.records(
      table,
      `SELECT ${entityColumns(this.manager, table, 'w')}
       FROM (SELECT "t".* FROM "${table}" "t"
             WHERE ${this.range('t', bounds)}
             ORDER BY "t"."id" ${direction} LIMIT ${WALK_LIMIT}) "w"
       WHERE ${this.matching(group, 'w')}
       ORDER BY "w"."id" ${direction} LIMIT ${this.builder.param(limit)}`,
    );
  }

  /**
   * The group's first `limit` records in `direction` through the GIN indexes, reading every match
   * (materialized, so that the planner cannot turn it back into a walk).
   */
  sparse(group: Group, bounds: Bounds, direction: 'ASC' | 'DESC', limit: number) {
    const { table } = SOURCES[group.kind];
    return this.records(
      table,
      `WITH "matches" AS MATERIALIZED (
         SELECT "t"."id" FROM "${table}" "t" WHERE ${this.range('t', bounds)} AND ${this.matching(group, 't')})
       SELECT ${entityColumns(this.manager, table, 'w')}
       FROM (SELECT "id" FROM "matches" ORDER BY "id" ${direction} LIMIT ${this.builder.param(limit)}) "m"
       JOIN "${table}" "w" ON "w"."id" = "m"."id"
       ORDER BY "w"."id" ${direction}`,
    );
  }

  async count(kinds: SearchKind[]): Promise<number> {
    const [count] = await this.run<{ count: string }>(
      `SELECT count(*) AS "count" FROM (${this.eachKind(
        kinds,
        (kind, selected) =>
          `SELECT 1 FROM "${SOURCES[kind].table}" "t"
           WHERE ${selected} AND "t"."deletedAt" IS NULL AND ${searchCondition('t', this.text)}`,
      )}) "hit"`,
    );
    return Number(count.count);
  }
}

/**
 * The hits of one page of a top-level search, in page order (reversed when paging backwards),
 * up to `window.size + 1` of them, and the ordering their cursors belong to.
 *
 * Ranking every match means reading every matching row, which is what made broad searches slow
 * (the ~50,000 rows matching a common word take ~250 ms to read). So one statement first reads
 * at most RANKED_MATCH_LIMIT + 1 matches of each kind. When no kind has more, that is every
 * match, ordered by ts_rank in memory. Otherwise the search is broad and ordered by tier (names
 * and titles first, then other text), kind and id: a frequent kind's page walks its primary key
 * and stops at the end of the page (or after WALK_LIMIT rows, then asks the GIN indexes), so the
 * cost follows the page size, not the number of matches.
 */
export async function searchHits(
  manager: EntityManager,
  text: string,
  kinds: SearchKind[],
  args: ConnectionArgs,
  window: PageWindow,
): Promise<{ ordering: string; rows: HitRow[] }> {
  const statements = new SearchStatements(manager, text);
  const probed = await statements.probe(kinds);
  const frequent = new Set(
    probed.filter((row) => Number(row.matches) > RANKED_MATCH_LIMIT).map((row) => row.kind),
  );
  const ordering = frequent.size === 0 ? RANKED_ORDERING : TIERED_ORDERING;
  const [after, before] = (['after', 'before'] as const).map((field) => {
    const cursor = args[field];
    if (!cursor) {
      return undefined;
    }
    const [rank, kind, id] = decodeCursor(cursor, ordering, SEARCH_TERMS, field);
    return { rank, kind, id } as HitRow;
  });
  const need = window.size + 1;
  const pageOrder = (hits: HitRow[]) => {
    const sorted = hits
      .filter(
        (hit) =>
          (!after || compareHits(hit, after) > 0) && (!before || compareHits(hit, before) < 0),
      )
      .sort(compareHits);
    return (window.backwards ? sorted.reverse() : sorted).slice(0, need);
  };

  if (ordering === RANKED_ORDERING) {
    const hits = probed.map((row) => ({ id: row.id, kind: row.kind, rank: Number(row.rank) }));
    return { ordering, rows: pageOrder(hits) };
  }

  const known = probed
    .filter((row) => !frequent.has(row.kind))
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      rank: row.named ? NAME_MATCH_RANK : TEXT_MATCH_RANK,
    }));
  const groups = [NAME_MATCH_RANK, TEXT_MATCH_RANK]
    .flatMap((rank) => [...kinds].sort().map((kind) => ({ rank, kind })))
    .filter(({ rank, kind }) =>
      rank === NAME_MATCH_RANK ? SOURCES[kind].names : SOURCES[kind].text,
    )
    .filter(
      (group) =>
        (!after || compareGroups(group, after) >= 0) &&
        (!before || compareGroups(group, before) <= 0),
    );
  if (window.backwards) {
    groups.reverse();
  }
  const direction = window.backwards ? 'DESC' : 'ASC';
  const found: HitRow[] = [];
  for (const group of groups) {
    const limit = need - found.length;
    if (limit <= 0) {
      break;
    }
    let hits: HitRow[];
    if (frequent.has(group.kind)) {
      const bounds = {
        after: after && compareGroups(group, after) === 0 ? after.id : undefined,
        before: before && compareGroups(group, before) === 0 ? before.id : undefined,
      };
      let entities = await statements.walk(group, bounds, direction, limit);
      // A short walk may have stopped at WALK_LIMIT rather than at the last match.
      if (entities.length < limit) {
        entities = await statements.sparse(group, bounds, direction, limit);
      }
      hits = entities.map((entity) => ({ ...group, id: entity.id as string, entity }));
    } else {
      hits = pageOrder(known.filter((hit) => hit.rank === group.rank && hit.kind === group.kind));
    }
    found.push(...hits.slice(0, limit));
  }
  return { ordering, rows: found };
}

/** How many records of these kinds match: reads every match, so only run when asked for. */
export function countSearchHits(
  manager: EntityManager,
  text: string,
  kinds: SearchKind[],
): Promise<number> {
  return new SearchStatements(manager, text).count(kinds);
}
