import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ChangeAction } from './change-action.enum';

export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

/** One create/update/delete/restore of one record: who, when, and which fields changed. */
@Entity('change_log')
@Index('idx_change_log_record', ['recordKind', 'recordId'])
@Index('idx_change_log_feed', ['txid', 'id'])
export class ChangeLogEntity {
  // A bigint sequence gives partners a total order to resume from.
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  recordKind!: string;

  @Column({ type: 'uuid' })
  recordId!: string;

  @Column({ type: 'enum', enum: ChangeAction, enumName: 'change_action' })
  action!: ChangeAction;

  @Column({ type: 'integer' })
  recordVersion!: number;

  /** Who made the change: an API key id, or a system actor such as "seed". */
  @Column({ type: 'text' })
  changedBy!: string;

  @Index('idx_change_log_changed_at')
  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column({ type: 'jsonb', default: {} })
  changes!: FieldChanges;

  /**
   * Id of the transaction that wrote the entry (pg_current_xact_id()). The changes feed orders
   * by (txid, id) and serves only transactions older than every one still running, so an entry
   * committed late can never land behind a partner's cursor.
   */
  @Column({ type: 'bigint' })
  txid!: string;
}
