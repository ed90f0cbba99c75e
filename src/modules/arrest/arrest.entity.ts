import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { CustodyOutcome } from './arrest.enums';

@Entity('arrests')
@Index('uq_arrest_external_id', ['externalId'], { unique: true })
@Index('idx_arrest_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_arrest_date_key', { synchronize: false })
@Index('idx_arrest_date', ['date.start', 'date.latest'])
export class ArrestEntity extends BaseRecordEntity {
  @Column(() => FuzzyDateColumns)
  date!: FuzzyDateColumns;

  @ManyToOne('PlaceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'placeId' })
  place?: unknown;

  @Index('idx_arrest_place_id')
  @Column({ type: 'uuid', nullable: true })
  placeId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  charges!: string[];

  @Index('idx_arrest_custody_outcome')
  @Column({ type: 'enum', enum: CustodyOutcome, enumName: 'custody_outcome' })
  custodyOutcome!: CustodyOutcome;

  @ManyToOne('PlotEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_arrest_plot_id')
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  @ManyToOne('IncidentEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'incidentId' })
  incident?: unknown;

  @Index('idx_arrest_incident_id')
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_arrest_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors).
  @Index('idx_arrest_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
