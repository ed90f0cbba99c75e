import { randomUUID } from 'node:crypto';

import {
  BeforeInsert,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { ActorRoleKind } from './actor-role.enum';

/** An actor's typed part in one record (sponsor of a plot, court of a sentence, supplier of a transfer...). */
@Entity('actor_roles')
@Check(
  'chk_actor_role_one_subject',
  'num_nonnulls("plotId", "incidentId", "arrestId", "sentenceId", "sanctionId", "weaponsTransferId") = 1',
)
@Index('idx_actor_role_actor_role', ['actorId', 'role'])
export class ActorRoleEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ManyToOne('ActorEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'actorId' })
  actor?: unknown;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'enum', enum: ActorRoleKind, enumName: 'actor_role_kind' })
  role!: ActorRoleKind;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne('PlotEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_actor_role_plot_id', { where: '"plotId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  @ManyToOne('IncidentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incidentId' })
  incident?: unknown;

  @Index('idx_actor_role_incident_id', { where: '"incidentId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @ManyToOne('ArrestEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arrestId' })
  arrest?: unknown;

  @Index('idx_actor_role_arrest_id', { where: '"arrestId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  arrestId!: string | null;

  @ManyToOne('SentenceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sentenceId' })
  sentence?: unknown;

  @Index('idx_actor_role_sentence_id', { where: '"sentenceId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  sentenceId!: string | null;

  @ManyToOne('SanctionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sanctionId' })
  sanction?: unknown;

  @Index('idx_actor_role_sanction_id', { where: '"sanctionId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  sanctionId!: string | null;

  @ManyToOne('WeaponsTransferEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'weaponsTransferId' })
  weaponsTransfer?: unknown;

  @Index('idx_actor_role_weapons_transfer_id', { where: '"weaponsTransferId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  weaponsTransferId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}
