import type { EntityManager, EntityTarget } from 'typeorm';

import { userError, UserErrorCode } from '../../graphql/user-error';
import { ChangeAction } from '../change-log/change-action.enum';
import { recordChange } from '../change-log/change-log.recorder';
import {
  diffFields,
  insertRecord,
  updateRecord,
  upsertByExternalId,
  type RecordRow,
  type UpsertOutcome,
} from '../upsert';

/** What the generic writer needs to know about one record kind. */
export interface RecordSpec<E extends RecordRow> {
  /** GraphQL type name, also the change log's recordKind, e.g. "WeaponsTransfer". */
  kind: string;
  /** The kind in prose for messages, e.g. "weapons transfer". */
  label: string;
  entity: EntityTarget<E>;
  /** Reference column → the entity it must point at; checked (live record) when set or changed. */
  references?: Record<string, EntityTarget<{ id: string }>>;
  /** Cross-field and cross-record rules on the row as it would be stored; throw a userError to refuse. */
  check?: (tx: EntityManager, row: E, existing: E | null) => Promise<void> | void;
  /** Refuses a delete that would break something, e.g. a source that is still cited (IN_USE). */
  guardDelete?: (tx: EntityManager, row: E) => Promise<void>;
}

/**
 * Create, update, upsert, delete and restore for any record kind, each with its change-log
 * entry, inside the caller's transaction. Rows are locked (SELECT ... FOR UPDATE) before the
 * version check, so of two concurrent updates with the same expectedVersion the second waits,
 * then sees the new version and gets VERSION_CONFLICT: no lost update.
 */
export class RecordWriteService<E extends RecordRow> {
  constructor(private readonly spec: RecordSpec<E>) {}

  async create(tx: EntityManager, values: Partial<E>, changedBy: string): Promise<E> {
    if (values.externalId) {
      await this.assertExternalIdFree(tx, values.externalId);
    }
    await this.validate(tx, values as E, null, values);
    return insertRecord(tx, this.spec.entity, this.spec.kind, values, changedBy);
  }

  async update(
    tx: EntityManager,
    id: string,
    expectedVersion: number,
    values: Partial<E>,
    changedBy: string,
  ): Promise<E> {
    const existing = await this.lock(tx, id, false);
    this.assertVersion(existing, expectedVersion);
    if (values.externalId && values.externalId !== existing.externalId) {
      await this.assertExternalIdFree(tx, values.externalId);
    }
    await this.validate(tx, { ...existing, ...values }, existing, values);
    const { row } = await updateRecord(
      tx,
      this.spec.entity,
      this.spec.kind,
      existing,
      values,
      changedBy,
    );
    return row;
  }

  upsert(
    tx: EntityManager,
    externalId: string,
    values: Partial<E>,
    changedBy: string,
  ): Promise<{ row: E; outcome: UpsertOutcome }> {
    return upsertByExternalId(tx, this.spec.entity, this.spec.kind, externalId, values, changedBy, {
      refuseDeleted: true,
      check: (merged, existing) => this.validate(tx, merged, existing, values),
    });
  }

  async delete(
    tx: EntityManager,
    id: string,
    expectedVersion: number | null | undefined,
    changedBy: string,
  ): Promise<E> {
    const existing = await this.lock(tx, id, false);
    this.assertVersion(existing, expectedVersion);
    await this.spec.guardDelete?.(tx, existing);
    return this.setDeleted(tx, existing, true, changedBy);
  }

  async restore(
    tx: EntityManager,
    id: string,
    expectedVersion: number | null | undefined,
    changedBy: string,
  ): Promise<E> {
    const existing = await this.lock(tx, id, true);
    if (!existing.deletedAt) {
      throw userError(
        UserErrorCode.NOT_DELETED,
        'input.id',
        `This ${this.spec.label} is not deleted.`,
      );
    }
    this.assertVersion(existing, expectedVersion);
    return this.setDeleted(tx, existing, false, changedBy);
  }

  // Deleting and restoring bump the version (UpdateQueryBuilder adds version + 1 and updatedAt),
  // so every change-log entry of a record carries a distinct version.
  private async setDeleted(
    tx: EntityManager,
    existing: E,
    deleted: boolean,
    changedBy: string,
  ): Promise<E> {
    await tx
      .createQueryBuilder()
      .update(this.spec.entity)
      .set({ deletedAt: deleted ? () => 'CURRENT_TIMESTAMP' : null } as never)
      .where('id = :id', { id: existing.id })
      .execute();
    const row = await tx
      .getRepository(this.spec.entity)
      .findOneOrFail({ where: { id: existing.id } as never, withDeleted: true });
    await recordChange(tx, {
      recordKind: this.spec.kind,
      recordId: row.id,
      action: deleted ? ChangeAction.DELETED : ChangeAction.RESTORED,
      recordVersion: row.version,
      changedBy,
      changes: diffFields({ deletedAt: existing.deletedAt }, { deletedAt: row.deletedAt }),
    });
    return row;
  }

  private async lock(tx: EntityManager, id: string, withDeleted: boolean): Promise<E> {
    const row = await tx.getRepository(this.spec.entity).findOne({
      where: { id } as never,
      withDeleted,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) {
      throw userError(
        UserErrorCode.NOT_FOUND,
        'input.id',
        `No ${this.spec.label} has this id${withDeleted ? '' : ', or it was deleted'}.`,
      );
    }
    return row;
  }

  private assertVersion(row: E, expected: number | null | undefined): void {
    if (expected != null && row.version !== expected) {
      throw userError(
        UserErrorCode.VERSION_CONFLICT,
        'input.expectedVersion',
        `The ${this.spec.label} is at version ${row.version}, not ${expected}: it changed since you read it.`,
      );
    }
  }

  private async assertExternalIdFree(tx: EntityManager, externalId: string): Promise<void> {
    const taken = await tx
      .getRepository(this.spec.entity)
      .exists({ where: { externalId } as never, withDeleted: true });
    if (taken) {
      throw userError(
        UserErrorCode.DUPLICATE,
        'input.externalId',
        `Another ${this.spec.label} (perhaps a deleted one) already has externalId "${externalId}".`,
      );
    }
  }

  private async validate(
    tx: EntityManager,
    merged: E,
    existing: E | null,
    values: Partial<E>,
  ): Promise<void> {
    for (const [column, target] of Object.entries(this.spec.references ?? {})) {
      const value = (values as Record<string, unknown>)[column];
      const changed = !existing || existing[column] !== value;
      if (
        typeof value === 'string' &&
        changed &&
        !(await tx.exists(target, { where: { id: value } }))
      ) {
        throw userError(
          UserErrorCode.NOT_FOUND,
          `input.${column}`,
          `${column} points at a record that does not exist or was deleted.`,
        );
      }
    }
    await this.spec.check?.(tx, merged, existing);
  }
}
