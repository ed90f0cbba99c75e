import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { namedQuery } from '../../db/named-query';
import {
  ConnectionArgs,
  keysetPlan,
  pageWindow,
  toPage,
  withTieBreaker,
  type OrderTerm,
  type Page,
} from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import type { Node } from '../../graphql/node';
import { FilterBuilder } from '../../shared/filter/filter-builder';
import { checkedSearchText, MAX_SEARCH_LENGTH, tsQuery } from '../../shared/search';
import { nodeKinds } from '../node/node-kinds';
import { SearchHit, SearchHitConnection, SearchKind } from './search.types';

const TABLES: Record<SearchKind, string> = {
  Actor: 'actors',
  Place: 'places',
  Source: 'sources',
  Plot: 'plots',
  Incident: 'incidents',
  Arrest: 'arrests',
  Sentence: 'sentences',
  Sanction: 'sanctions',
  WeaponsTransfer: 'weapons_transfers',
};

interface HitRow {
  id: string;
  kind: SearchKind;
  rank: number;
  record?: Node | null;
}

// Best match first; kind then id make the order total so that cursors are stable.
const TERMS: OrderTerm<HitRow>[] = withTieBreaker<HitRow>({
  key: 'search',
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

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: `Full-text search across every kind of record (names, aliases, titles, summaries, descriptions), best match first: for exploring the data without knowing the schema. Supports "quoted phrases", OR and -exclusions; at most ${MAX_SEARCH_LENGTH} characters. Relay connection: default 20, maximum 100.`,
  })
  async search(
    @Arg('query', () => String, { description: 'What to look for, e.g. "Marco Polo" or Fath-360.' })
    query: string,
    @Arg('kinds', () => [SearchKind], {
      nullable: true,
      description: 'Only these kinds; all kinds when omitted.',
    })
    kinds: SearchKind[] | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<SearchHit>> {
    const window = pageWindow(args);
    const builder = new FilterBuilder('search');
    const text = builder.param(checkedSearchText(query, 'query'));
    const selected = kinds?.length ? [...new Set(kinds)] : Object.values(SearchKind);
    const hits = selected
      .map(
        (kind) =>
          `SELECT "id", '${kind}'::text AS "kind", ts_rank("searchVector", ${tsQuery(text)}) AS "rank"
           FROM "${TABLES[kind]}" WHERE "deletedAt" IS NULL AND "searchVector" @@ ${tsQuery(text)}`,
      )
      .join(' UNION ALL ');
    const plan = keysetPlan(TERMS, 'search', args, window, 'hit', (value) => builder.param(value));
    const where = plan.conditions.length ? `WHERE ${plan.conditions.join(' AND ')}` : '';
    const run = <R>(sql: string) => namedQuery<R>(ctx.db, sql, builder.parameters);
    const rows =
      window.size === 0
        ? []
        : await run<HitRow>(
            `SELECT "hit"."id", "hit"."kind", "hit"."rank" FROM (${hits}) "hit" ${where}
             ORDER BY ${plan.orderBy.map((term) => `${term.sql} ${term.direction}`).join(', ')}
             LIMIT ${window.size + 1}`,
          );
    const found = await Promise.all(
      rows.map(async (row) => {
        const kind = nodeKinds()[row.kind];
        const entity = await ctx.loaders.byId(kind.entity).load(row.id);
        return {
          row: { ...row, rank: Number(row.rank), record: entity && kind.toNode(entity as never) },
        };
      }),
    );
    return toPage(
      found,
      window,
      args,
      TERMS,
      'search',
      ({ rank, kind, record }) => Object.assign(new SearchHit(), { rank, kind, record }),
      async () => {
        const [count] = await run<{ count: string }>(
          `SELECT count(*) AS "count" FROM (${hits}) "hit"`,
        );
        return Number(count.count);
      },
    );
  }
}
