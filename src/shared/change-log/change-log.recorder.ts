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

/** Writes one change-log entry; call it with the transaction's manager so both commit together. */
export async function recordChange(manager: EntityManager, entry: ChangeEntry): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ChangeLogEntity)
    // The writing transaction's id, so the changes feed can hold back entries of transactions
    // that may still commit (see modules/sync).
    .values({ ...entry, txid: () => 'pg_current_xact_id()::text::bigint' } as never)
    .execute();
}
