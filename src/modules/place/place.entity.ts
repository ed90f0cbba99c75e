import { Column, Entity, Index } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { GeoPrecision } from './place.enums';

@Entity('places')
@Index('uq_place_external_id', ['externalId'], { unique: true })
@Index('idx_place_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_place_name_key', { synchronize: false })
@Index('idx_place_name_trgm', { synchronize: false })
@Index('idx_place_coordinates', ['latitude', 'longitude'])
export class PlaceEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  name!: string;

  @Index('idx_place_country_code')
  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'enum', enum: GeoPrecision, enumName: 'geo_precision', nullable: true })
  geoPrecision!: GeoPrecision | null;

  @Index('idx_place_geonames_id')
  @Column({ type: 'text', nullable: true })
  geonamesId!: string | null;

  @Index('idx_place_wikidata_id')
  @Column({ type: 'text', nullable: true })
  wikidataId!: string | null;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors).
  @Index('idx_place_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
