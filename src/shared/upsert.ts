import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { ChangeAction } from './change-log/change-action.enum';
import type { FieldChanges } from './change-log/change-log.entity';
import { recordChange } from './change-log/change-log.recorder';

type RecordRow = ObjectLiteral & { id: string; version: number; externalId: string | null };

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

// Rows come back from PostgreSQL with dates as strings and numerics as strings; values are
// written the same way, so a JSON comparison tells real changes from round-trip noise.
function canonical(value: unknown): unknown {
  if (value === undefined || value === null) {
    return null;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

const same = (left: unknown, right: unknown): boolean =>
  JSON.stringify(canonical(left)) === JSON.stringify(canonical(right));

/** Field-by-field differences between a stored row and the values about to be written. */
export function diffFields(row: ObjectLiteral, values: ObjectLiteral): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(values)) {
    if (!same(row[field], value)) {
      changes[field] = { old: row[field] ?? null, new: value ?? null };
    }
  }
  return changes;
}

/**
 * Creates or updates the record with this externalId, writing a change-log entry only when
 * something changed, so running the same input twice leaves one record and one entry.
 */
export async function upsertByExternalId<E extends RecordRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  recordKind: string,
  externalId: string,
  values: Partial<E>,
  changedBy: string,
): Promise<{ row: E; outcome: UpsertOutcome }> {
  const repository = manager.getRepository(entity);
  const existing = await repository.findOne({ where: { externalId } as never, withDeleted: true });
  if (!existing) {
    const row = repository.create({ ...values, externalId } as E);
    await repository.save(row);
    await recordChange(manager, {
      recordKind,
      recordId: row.id,
      action: ChangeAction.CREATED,
      recordVersion: row.version,
      changedBy,
      changes: diffFields({}, { ...values, externalId }),
    });
    return { row, outcome: 'created' };
  }
  const changes = diffFields(existing, values);
  if (Object.keys(changes).length === 0) {
    return { row: existing, outcome: 'unchanged' };
  }
  const row = repository.merge(existing, values as never);
  await repository.save(row);
  await recordChange(manager, {
    recordKind,
    recordId: row.id,
    action: ChangeAction.UPDATED,
    recordVersion: row.version,
    changedBy,
    changes,
  });
  return { row, outcome: 'updated' };
}
