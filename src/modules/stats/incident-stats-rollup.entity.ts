import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { Confidence } from '../../shared/confidence.enum';
// The enums file, not the module's index: the entity list loads without resolvers (TypeORM CLI).
import { IncidentOutcome, IncidentType } from '../incident/incident.enums';

/**
 * Live incidents counted per bucket of several grouping sets (incident-stats-rollup.ts), kept
 * exact by statement-level triggers on incidents and places (migration incident-stats-rollup).
 * Written only by those triggers and by rebuild_incident_stats_rollup(); read by incidentStats.
 */
@Entity('incident_stats_rollup')
// Unique over the grouping set and its key values with NULLS NOT DISTINCT (a null year is a
// bucket of its own), which TypeORM cannot express: created by the migration.
@Index('uq_incident_stats_rollup_bucket', { synchronize: false })
export class IncidentStatsRollupEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** GROUPING(year, month, countryCode, type, outcome, confidence): which grouping set the row belongs to. */
  @Column({ type: 'smallint' })
  grouping!: number;

  /**
   * Stripe of the bucket: each database session adds to its own (backend pid modulo 16), so that
   * concurrent writes to one bucket do not wait on one row lock until commit. A bucket is the sum
   * of its stripes.
   */
  @Column({ type: 'smallint' })
  slot!: number;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  @Column({ type: 'integer', nullable: true })
  month!: number | null;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @Column({ type: 'enum', enum: IncidentType, enumName: 'incident_type', nullable: true })
  type!: IncidentType | null;

  @Column({ type: 'enum', enum: IncidentOutcome, enumName: 'incident_outcome', nullable: true })
  outcome!: IncidentOutcome | null;

  @Column({ type: 'enum', enum: Confidence, enumName: 'confidence', nullable: true })
  confidence!: Confidence | null;

  @Column({ type: 'integer' })
  count!: number;

  /** Sum over the incidents that report a figure (0 when none does: see killedReported). */
  @Column({ type: 'bigint' })
  killed!: string;

  @Column({ type: 'integer' })
  killedReported!: number;

  @Column({ type: 'bigint' })
  injured!: string;

  @Column({ type: 'integer' })
  injuredReported!: number;
}
