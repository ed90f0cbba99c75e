import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { SanctionMeasure, SanctionStatus } from './sanction.enums';

@Entity('sanctions')
@Index('uq_sanction_external_id', ['externalId'], { unique: true })
@Index('idx_sanction_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_sanction_imposed_key', { synchronize: false })
@Index('idx_sanction_measures', { synchronize: false })
@Index('idx_sanction_imposed', ['imposed.start', 'imposed.latest'])
export class SanctionEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  regime!: string | null;

  @Column({ type: 'text', nullable: true })
  legalReference!: string | null;

  @Column({
    type: 'enum',
    enum: SanctionMeasure,
    enumName: 'sanction_measure',
    array: true,
    default: () => "'{}'",
  })
  measures!: SanctionMeasure[];

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column(() => FuzzyDateColumns)
  imposed!: FuzzyDateColumns;

  @Column(() => FuzzyDateColumns)
  lifted!: FuzzyDateColumns;

  @Index('idx_sanction_status')
  @Column({ type: 'enum', enum: SanctionStatus, enumName: 'sanction_status' })
  status!: SanctionStatus;

  @ManyToOne('PlotEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_sanction_plot_id')
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  @ManyToOne('WeaponsTransferEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'weaponsTransferId' })
  weaponsTransfer?: unknown;

  @Index('idx_sanction_weapons_transfer_id')
  @Column({ type: 'uuid', nullable: true })
  weaponsTransferId!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_sanction_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_sanction_search', { synchronize: false })
  @Index('idx_sanction_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
