import { Column, Entity, Index } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { SourceKind } from './source.enums';

@Entity('sources')
@Index('uq_source_external_id', ['externalId'], { unique: true })
@Index('uq_source_url', ['url'], { unique: true })
@Index('idx_source_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_source_published_key', { synchronize: false })
@Index('idx_source_published', ['published.start', 'published.latest'])
export class SourceEntity extends BaseRecordEntity {
  @Index('idx_source_publisher')
  @Column({ type: 'text' })
  publisher!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column(() => FuzzyDateColumns)
  published!: FuzzyDateColumns;

  @Index('idx_source_kind')
  @Column({ type: 'enum', enum: SourceKind, enumName: 'source_kind' })
  kind!: SourceKind;

  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_source_search', { synchronize: false })
  @Index('idx_source_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
