import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Ordering, type Page } from '../../graphql/connection';
import { ChangeLogEntity } from '../../shared/change-log/change-log.entity';
import { toChangeEvent, type ChangeEvent } from './change-event.type';

export interface FeedFilter {
  since?: Date | null;
  /** GraphQL type names; null for every kind, [] for none. */
  kinds?: string[] | null;
}

/**
 * Feed order: by writing transaction, then by entry. paginate() adds the id tie-breaker and
 * puts both values in the cursor.
 */
const FEED_ORDERING: Ordering<ChangeLogEntity> = {
  key: 'changes',
  terms: [
    {
      sql: (alias) => `"${alias}"."txid"`,
      direction: 'ASC',
      value: (row) => row.txid,
      cursor: 'id',
    },
  ],
};

export class SyncService {
  /**
   * The partner feed. Entry ids come from a sequence, so a transaction that started early can
   * commit an entry with a smaller id after a reader has moved past it; ordering by id alone
   * would skip it. Instead entries are ordered by (txid, id) and only entries of transactions
   * older than the oldest one still running (pg_snapshot_xmin) are served: those have all
   * finished, and any entry written later belongs to a transaction with a larger txid, so it
   * always sorts after every cursor handed out. A long-open writing transaction delays the
   * feed (never loses an entry).
   */
  changes(
    manager: EntityManager,
    filter: FeedFilter,
    args: Pick<ConnectionArgs, 'first' | 'after'>,
  ): Promise<Page<ChangeEvent>> {
    const query = manager
      .createQueryBuilder(ChangeLogEntity, 'change')
      .where('"change"."txid" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint');
    if (filter.since) {
      query.andWhere('"change"."changedAt" >= :since', { since: filter.since });
    }
    if (filter.kinds) {
      query.andWhere(filter.kinds.length > 0 ? '"change"."recordKind" IN (:...kinds)' : 'FALSE', {
        kinds: filter.kinds,
      });
    }
    return paginate(query, args, FEED_ORDERING, toChangeEvent);
  }
}
