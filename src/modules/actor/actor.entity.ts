import { Column, Entity, Index } from 'typeorm';

import { BaseRecordEntity } from '../../shared/base.entity';
import { ActorKind } from './actor.enums';

@Entity('actors')
@Index('uq_actor_external_id', ['externalId'], { unique: true })
@Index('idx_actor_updated_at', ['updatedAt'])
// Sort-key expression, GIN and trigram indexes TypeORM cannot express (migration list-sort-indexes).
@Index('idx_actor_name_key', { synchronize: false })
@Index('idx_actor_name_trgm', { synchronize: false })
export class ActorEntity extends BaseRecordEntity {
  @Index('idx_actor_kind')
  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  kind!: ActorKind;

  @Index('idx_actor_name')
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Index('idx_actor_country_code')
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @Column({ type: 'integer', nullable: true })
  ageReported!: number | null;

  /** The day the reported age applied (its precision is that of the reporting). */
  @Column({ type: 'date', nullable: true })
  ageReportedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('idx_actor_wikidata_id')
  @Column({ type: 'text', nullable: true })
  wikidataId!: string | null;

  @Index('idx_actor_open_sanctions_id')
  @Column({ type: 'text', nullable: true })
  openSanctionsId!: string | null;

  // Kept up to date by a trigger and searched through a GIN index (migration search-vectors);
  // its weight-A part (names, titles) has an index of its own (migration search-name-indexes).
  @Index('idx_actor_search', { synchronize: false })
  @Index('idx_actor_search_names', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
