import { Field, ObjectType } from 'type-graphql';

import { LocalDateScalar } from '../../graphql/scalars';
import { DatePrecision } from './date-precision.enum';
import { formatFuzzyDate, toPartialDateText } from './fuzzy-date';
import type { FuzzyDateColumns } from './fuzzy-date.columns';

@ObjectType('FuzzyDate', {
  description:
    'A date as precisely as it was reported: a value with a precision, possibly a range or open-ended. ' +
    'Filters treat it as covering every day from `start` to `latest`.',
})
export class FuzzyDate {
  @Field(() => String, { description: 'The start as reported: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The end of a range as reported (YYYY, YYYY-MM or YYYY-MM-DD); null for a single date or an open-ended one.',
  })
  to!: string | null;

  @Field(() => DatePrecision, { description: 'Precision of the start.' })
  precision!: DatePrecision;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of the end of a range.' })
  toPrecision!: DatePrecision | null;

  @Field(() => LocalDateScalar, {
    description: 'First day the date can cover ("May 2024" starts 2024-05-01).',
  })
  start!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day the date can cover ("May 2024" ends 2024-05-31); null when open-ended.',
  })
  latest!: string | null;

  @Field(() => Boolean, { description: 'True for "since ..." dates with no known end.' })
  ongoing!: boolean;

  @Field(() => String, {
    description:
      'A human label: "2018", "May 2024", "4 May 2024", "Dec 2023 – Jan 2024", "since 2015".',
  })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the date is what it is, e.g. "year inferred from context".',
  })
  note!: string | null;
}

/** Null when the date is unknown. */
export function toFuzzyDate(columns: FuzzyDateColumns | undefined): FuzzyDate | null {
  // undefined when the query did not read the date's columns (src/shared/selected-columns.ts).
  if (!columns?.start || !columns.startPrecision) {
    return null;
  }
  return Object.assign(new FuzzyDate(), {
    from: toPartialDateText(columns.start, columns.startPrecision),
    to:
      columns.end && columns.endPrecision
        ? toPartialDateText(columns.end, columns.endPrecision)
        : null,
    precision: columns.startPrecision,
    toPrecision: columns.endPrecision,
    start: columns.start,
    latest: columns.latest,
    ongoing: columns.latest === null,
    label: formatFuzzyDate(columns) ?? '',
    note: columns.note,
  });
}
