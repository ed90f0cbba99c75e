import { Check, Column, Entity, Index } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateColumns } from '../../shared/fuzzy-date/fuzzy-date.columns';
import { TransferStatus, WeaponCategory } from './weapons-transfer.enums';

@Entity('weapons_transfers')
@Index('uq_weapons_transfer_external_id', ['externalId'], { unique: true })
@Index('idx_weapons_transfer_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_weapons_transfer_reported_key', { synchronize: false })
@Index('idx_weapons_transfer_reported', ['reported.start', 'reported.latest'])
@Check(
  'chk_weapons_transfer_quantity',
  '"quantityHigh" IS NULL OR "quantityLow" IS NULL OR "quantityHigh" >= "quantityLow"',
)
export class WeaponsTransferEntity extends BaseRecordEntity {
  @Index('idx_weapons_transfer_weapon_system')
  @Column({ type: 'text' })
  weaponSystem!: string;

  @Index('idx_weapons_transfer_category')
  @Column({ type: 'enum', enum: WeaponCategory, enumName: 'weapon_category' })
  category!: WeaponCategory;

  @Column({ type: 'integer', nullable: true })
  quantityLow!: number | null;

  @Column({ type: 'integer', nullable: true })
  quantityHigh!: number | null;

  @Column({ type: 'text', nullable: true })
  quantityText!: string | null;

  @Index('idx_weapons_transfer_status')
  @Column({ type: 'enum', enum: TransferStatus, enumName: 'transfer_status' })
  status!: TransferStatus;

  @Column(() => FuzzyDateColumns)
  reported!: FuzzyDateColumns;

  @Column(() => FuzzyDateColumns)
  delivery!: FuzzyDateColumns;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ type: 'text', nullable: true })
  relatedActivity!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_weapons_transfer_confidence')
  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence' })
  confidence!: Confidence;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_weapons_transfer_search', { synchronize: false })
  @Index('idx_weapons_transfer_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
