import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { ReleaseReason, SentenceStatus, TermKind } from './sentence.enums';

@Entity('sentences')
@Index('uq_sentence_external_id', ['externalId'], { unique: true })
@Index('idx_sentence_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_sentence_date_key', { synchronize: false })
@Index('idx_sentence_date', ['date.start', 'date.latest'])
@Check('chk_sentence_term_range', '"termMonthsMax" IS NULL OR "termMonthsMax" >= "termMonths"')
export class SentenceEntity extends BaseRecordEntity {
  @Column(() => FuzzyDateColumns)
  date!: FuzzyDateColumns;

  @Index('idx_sentence_jurisdiction')
  @Column({ type: 'char', length: 2 })
  jurisdiction!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  charges!: string[];

  @Index('idx_sentence_term_kind')
  @Column({ type: 'enum', enum: TermKind, enumName: 'term_kind' })
  termKind!: TermKind;

  @Index('idx_sentence_term_months')
  @Column({ type: 'integer', nullable: true })
  termMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  termMonthsMax!: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  fineAmount!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  fineCurrency!: string | null;

  @Index('idx_sentence_status')
  @Column({ type: 'enum', enum: SentenceStatus, enumName: 'sentence_status' })
  status!: SentenceStatus;

  @Column(() => FuzzyDateColumns)
  released!: FuzzyDateColumns;

  @Column({ type: 'enum', enum: ReleaseReason, enumName: 'release_reason', nullable: true })
  releaseReason!: ReleaseReason | null;

  @Column({ type: 'text', nullable: true })
  releaseNote!: string | null;

  @ManyToOne('ArrestEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'arrestId' })
  arrest?: unknown;

  @Index('idx_sentence_arrest_id')
  @Column({ type: 'uuid', nullable: true })
  arrestId!: string | null;

  @ManyToOne('PlotEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plotId' })
  plot?: unknown;

  @Index('idx_sentence_plot_id')
  @Column({ type: 'uuid', nullable: true })
  plotId!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_sentence_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors).
  @Index('idx_sentence_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
