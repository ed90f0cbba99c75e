import type { EntityManager } from 'typeorm';

import type { ChangeAction } from './change-action.enum';
import { ChangeLogEntity, type FieldChanges } from './change-log.entity';

export interface ChangeEntry {
  recordKind: string;
  recordId: string;
  action: ChangeAction;
  recordVersion: number;
  changedBy: string;
  changes: FieldChanges;
}

/** The PostgreSQL channel on which each change-log entry's id is announced once committed. */
export const CHANGE_CHANNEL = 'incidentgraph_changes';

/**
 * Writes one change-log entry; call it with the transaction's manager so both commit together.
 * It also queues a NOTIFY with the entry's id: PostgreSQL delivers it only when the transaction
 * commits, and drops it when the transaction (or the savepoint around it) rolls back, so
 * subscribers hear of committed changes only, in every API process.
 */
export async function recordChange(manager: EntityManager, entry: ChangeEntry): Promise<void> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(ChangeLogEntity)
    // The writing transaction's id, so the changes feed can hold back entries of transactions
    // that may still commit (see modules/sync).
    .values({ ...entry, txid: () => 'pg_current_xact_id()::text::bigint' } as never)
    .returning('id')
    .execute();
  const id = String((inserted.raw as { id: string }[])[0].id);
  await manager.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, id]);
}
