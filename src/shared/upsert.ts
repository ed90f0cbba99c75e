import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { userError, UserErrorCode } from '../graphql/user-error';
import { ChangeAction } from './change-log/change-action.enum';
import type { FieldChanges } from './change-log/change-log.entity';
import { recordChange } from './change-log/change-log.recorder';

export type RecordRow = ObjectLiteral & {
  id: string;
  version: number;
  externalId: string | null;
  deletedAt: Date | null;
};

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

/** Inserts a record and its CREATED change-log entry (same transaction: pass the transaction's manager). */
export async function insertRecord<E extends RecordRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  recordKind: string,
  values: Partial<E>,
  changedBy: string,
): Promise<E> {
  const repository = manager.getRepository(entity);
  const row = repository.create(values as E);
  await repository.save(row);
  await recordChange(manager, {
    recordKind,
    recordId: row.id,
    action: ChangeAction.CREATED,
    recordVersion: row.version,
    changedBy,
    changes: diffFields({}, values),
  });
  return row;
}

/**
 * Writes `values` over a stored row (which the caller has locked) and logs the fields that really
 * changed; when none did, writes nothing at all, so the version and change log stay as they are.
 */
export async function updateRecord<E extends RecordRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  recordKind: string,
  existing: E,
  values: Partial<E>,
  changedBy: string,
): Promise<{ row: E; changed: boolean }> {
  const changes = diffFields(existing, values);
  if (Object.keys(changes).length === 0) {
    return { row: existing, changed: false };
  }
  const repository = manager.getRepository(entity);
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
  return { row, changed: true };
}

export interface UpsertOptions<E> {
  /** Refuse a soft-deleted match (userError DELETED) instead of updating it in place. */
  refuseDeleted?: boolean;
  /** Checks the row as it would be stored (stored values overlaid with `values`); throws to refuse. */
  check?: (merged: E, existing: E | null) => Promise<void>;
}

/**
 * Creates or updates the record with this externalId, writing a change-log entry only when
 * something changed, so running the same input twice leaves one record and one entry.
 * The seed, the upsert mutations and (through updateRecord) updates share this path.
 */
export async function upsertByExternalId<E extends RecordRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  recordKind: string,
  externalId: string,
  values: Partial<E>,
  changedBy: string,
  options: UpsertOptions<E> = {},
): Promise<{ row: E; outcome: UpsertOutcome }> {
  const repository = manager.getRepository(entity);
  // FOR UPDATE: a concurrent upsert of the same record waits here instead of overwriting blindly.
  const existing = await repository.findOne({
    where: { externalId } as never,
    withDeleted: true,
    lock: { mode: 'pessimistic_write' },
  });
  if (!existing) {
    const created = { ...values, externalId } as E;
    await options.check?.(created, null);
    return {
      row: await insertRecord(manager, entity, recordKind, created, changedBy),
      outcome: 'created',
    };
  }
  if (existing.deletedAt && options.refuseDeleted) {
    throw userError(
      UserErrorCode.DELETED,
      'input.externalId',
      `The ${recordKind} with externalId "${externalId}" was deleted; restore it first.`,
    );
  }
  if (Object.keys(diffFields(existing, values)).length === 0) {
    return { row: existing, outcome: 'unchanged' };
  }
  await options.check?.({ ...existing, ...values }, existing);
  const { row } = await updateRecord(manager, entity, recordKind, existing, values, changedBy);
  return { row, outcome: 'updated' };
}
