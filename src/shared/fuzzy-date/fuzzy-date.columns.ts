import { Column } from 'typeorm';

import { DatePrecision } from './date-precision.enum';

/**
 * An uncertain date as stored: the first day of the earliest possible period (`start`), the
 * precision it was reported with, an optional range end, and `latest`, the last day it can
 * cover. Overlap with [from, to] is then `start <= to AND (latest IS NULL OR latest >= from)`,
 * two plain indexed comparisons.
 */
export class FuzzyDateColumns {
  @Column({ type: 'date', nullable: true })
  start!: string | null;

  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  startPrecision!: DatePrecision | null;

  /** First day of the range's end period, when the date is a range. */
  @Column({ type: 'date', nullable: true })
  end!: string | null;

  @Column({ type: 'enum', enum: DatePrecision, enumName: 'date_precision', nullable: true })
  endPrecision!: DatePrecision | null;

  /** Last day the date can cover; null with a start means open-ended ("since 2015"). */
  @Column({ type: 'date', nullable: true })
  latest!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
