import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import type { FuzzyDateSpec } from './fuzzy-date';
import { IsNotBeforeFrom, IsNotOngoingWithEnd, IsPartialDate } from './fuzzy-date.validators';

@InputType('FuzzyDateInput', {
  description:
    'A date as precisely as it was reported. The form of each value sets its precision: "2018" (year), "2024-05" (month), "2024-05-04" (day).',
})
export class FuzzyDateInput implements FuzzyDateSpec {
  @Field(() => String, {
    description: 'The date, or the start of a range: YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  @IsPartialDate()
  from!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The end of a range (YYYY, YYYY-MM or YYYY-MM-DD), not before from; omit for a single date.',
  })
  @IsPartialDate()
  @IsNotBeforeFrom()
  to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for "since <from>" with no known end; cannot be combined with to.',
  })
  @IsNotOngoingWithEnd()
  ongoing?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the date is what it is, e.g. "year inferred from context" (at most 500 characters).',
  })
  @MaxLength(500)
  note?: string | null;
}
