import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { IncidentOutcome, IncidentType } from './incident.enums';

@Entity('incidents')
@Index('uq_incident_external_id', ['externalId'], { unique: true })
@Index('idx_incident_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_incident_date_key', { synchronize: false })
@Index('idx_incident_date_key_asc', { synchronize: false })
@Index('idx_incident_date', ['date.start', 'date.latest'])
export class IncidentEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title!: string;

  @Index('idx_incident_type')
  @Column({ type: 'enum', enum: IncidentType, enumName: 'incident_type' })
  type!: IncidentType;

  @Index('idx_incident_outcome')
  @Column({ type: 'enum', enum: IncidentOutcome, enumName: 'incident_outcome' })
  outcome!: IncidentOutcome;

  @Column(() => FuzzyDateColumns)
  date!: FuzzyDateColumns;

  @ManyToOne('PlaceEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'placeId' })
  place?: unknown;

  @Index('idx_incident_place_id')
  @Column({ type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne('PlotEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_incident_plot_id')
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  /** Null when not reported: unknown is not zero. */
  @Column({ type: 'integer', nullable: true })
  killed!: number | null;

  @Column({ type: 'integer', nullable: true })
  injured!: number | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_incident_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_incident_search', { synchronize: false })
  @Index('idx_incident_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
