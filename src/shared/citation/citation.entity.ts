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
  UpdateDateColumn,
} from 'typeorm';

import { Stance } from './stance.enum';

// Targets are named by string so that shared/ does not import the modules that use it.
@Entity('citations')
@Check(
  'chk_citation_one_subject',
  'num_nonnulls("actorId", "placeId", "plotId", "incidentId", "arrestId", "sentenceId", "sanctionId", "weaponsTransferId") = 1',
)
export class CitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ManyToOne('SourceEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'sourceId' })
  source?: unknown;

  @Index('idx_citation_source_id')
  @Column({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance' })
  stance!: Stance;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  @Column({ type: 'date', nullable: true })
  accessedOn!: string | null;

  @ManyToOne('ActorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actorId' })
  actor?: unknown;

  @Index('idx_citation_actor_id', { where: '"actorId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne('PlaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placeId' })
  place?: unknown;

  @Index('idx_citation_place_id', { where: '"placeId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne('PlotEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_citation_plot_id', { where: '"plotId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  @ManyToOne('IncidentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incidentId' })
  incident?: unknown;

  @Index('idx_citation_incident_id', { where: '"incidentId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @ManyToOne('ArrestEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arrestId' })
  arrest?: unknown;

  @Index('idx_citation_arrest_id', { where: '"arrestId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  arrestId!: string | null;

  @ManyToOne('SentenceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sentenceId' })
  sentence?: unknown;

  @Index('idx_citation_sentence_id', { where: '"sentenceId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  sentenceId!: string | null;

  @ManyToOne('SanctionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sanctionId' })
  sanction?: unknown;

  @Index('idx_citation_sanction_id', { where: '"sanctionId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  sanctionId!: string | null;

  @ManyToOne('WeaponsTransferEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'weaponsTransferId' })
  weaponsTransfer?: unknown;

  @Index('idx_citation_weapons_transfer_id', { where: '"weaponsTransferId" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  weaponsTransferId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}
