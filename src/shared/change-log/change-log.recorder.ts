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
  await manager.insert(ChangeLogEntity, entry as never);
}
