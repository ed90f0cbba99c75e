import { Column, Entity, Index } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { PlotStatus, TargetKind } from './plot.enums';

@Entity('plots')
@Index('uq_plot_external_id', ['externalId'], { unique: true })
@Index('idx_plot_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_plot_period_key', { synchronize: false })
@Index('idx_plot_target_kinds', { synchronize: false })
@Index('idx_plot_target_countries', { synchronize: false })
@Index('idx_plot_period', ['period.start', 'period.latest'])
export class PlotEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  codename!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Index('idx_plot_status')
  @Column({ type: 'enum', enum: PlotStatus, enumName: 'plot_status' })
  status!: PlotStatus;

  @Column(() => FuzzyDateColumns)
  period!: FuzzyDateColumns;

  @Column({
    type: 'enum',
    enum: TargetKind,
    enumName: 'target_kind',
    array: true,
    default: () => "'{}'",
  })
  targetKinds!: TargetKind[];

  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  targetCountries!: string[];

  @Column(() => FuzzyDateColumns)
  disclosed!: FuzzyDateColumns;

  @Column({ type: 'integer', nullable: true })
  aggregateCount!: number | null;

  @Index('idx_plot_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_plot_search', { synchronize: false })
  @Index('idx_plot_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
