import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { ConnectionArgs, pageWindow, toPage, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { checkedSearchText, MAX_SEARCH_LENGTH } from '../../shared/search';
import { nodeKinds } from '../node/node-kinds';
import {
  countSearchHits,
  NAME_MATCH_RANK,
  RANKED_MATCH_LIMIT,
  RANKED_ORDERING,
  SEARCH_TERMS,
  searchHits,
  TEXT_MATCH_RANK,
  type HitRow,
} from './search.service';
import { SearchHit, SearchHitConnection, SearchKind } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: `Full-text search across every kind of record (names, aliases, titles, summaries, descriptions), best match first: for exploring the data without knowing the schema. Supports "quoted phrases", OR and -exclusions; at most ${MAX_SEARCH_LENGTH} characters. Ordering: when the query matches at most ${RANKED_MATCH_LIMIT} records of each kind, hits are ordered by relevance (rank is PostgreSQL ts_rank). When it matches more records of some kind (a broad query such as a common word), ranking every match would be too slow, so hits whose names or titles match come first (rank ${NAME_MATCH_RANK}), then those matching only in other text (rank ${TEXT_MATCH_RANK}). Equal ranks (most hits of a broad query) go by kind, then by id: arbitrary but stable. Relay connection: default 20, maximum 100; when records change between two pages so that the query crosses that limit, the cursor is refused and the search must start again. totalCount reads every match: slow for broad queries.`,
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
    const text = checkedSearchText(query, 'query');
    const selected = kinds?.length ? [...new Set(kinds)] : Object.values(SearchKind);
    const { ordering, rows } =
      window.size === 0
        ? { ordering: RANKED_ORDERING, rows: [] as HitRow[] }
        : await searchHits(ctx.db, text, selected, args, window);
    const found = await Promise.all(
      rows.map(async (row) => {
        const kind = nodeKinds()[row.kind];
        const entity = row.entity ?? (await ctx.loaders.byId(kind.entity).load(row.id));
        return { row: { ...row, record: entity && kind.toNode(entity as never) } };
      }),
    );
    return toPage(
      found,
      window,
      args,
      SEARCH_TERMS,
      ordering,
      ({ rank, kind, record }) => Object.assign(new SearchHit(), { rank, kind, record }),
      () => countSearchHits(ctx.db, text, selected),
    );
  }
}
