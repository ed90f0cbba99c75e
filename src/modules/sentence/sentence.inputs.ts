import {
  ArrayMaxSize,
  IsISO4217CurrencyCode,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { CountryCodeScalar } from '../../graphql/scalars';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { LIST_MAX, NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import {
  asIs,
  decimal,
  fuzzyDate,
  list,
  reference,
  type ColumnMap,
} from '../../shared/record-write/input-columns';
import { IsNotLessThan } from '../../shared/validators';
import { ReleaseReason, SentenceStatus, TermKind } from './sentence.enums';

const TERM_MAX = 1200;
const FINE_MAX = 1e12;

@InputType('SentenceFields', { description: 'Writable fields of a sentence.' })
export class SentenceFields {
  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was handed down.' })
  @ValidateNested()
  date?: FuzzyDateInput | null;

  @Field(() => CountryCodeScalar, {
    description: 'Country whose court passed it (ISO 3166-1 alpha-2).',
  })
  jurisdiction!: string;

  @Field(() => [String], {
    nullable: true,
    description: `Offences as reported, in English (at most ${LIST_MAX}, each at most ${NAME_MAX} characters).`,
  })
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(NAME_MAX, { each: true })
  charges?: string[] | null;

  @Field(() => TermKind, { description: 'The main penalty.' })
  termKind!: TermKind;

  @Field(() => Int, {
    nullable: true,
    description: `Prison term in months, or the lower end of a reported range (0 to ${TERM_MAX}).`,
  })
  @Min(0)
  @Max(TERM_MAX)
  termMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Upper end in months of a reported range (0 to ${TERM_MAX}, not below termMonths).`,
  })
  @Min(0)
  @Max(TERM_MAX)
  @IsNotLessThan('termMonths')
  termMonthsMax?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Fine, in fineCurrency (0 or more); needs fineCurrency.',
  })
  @Min(0)
  @Max(FINE_MAX)
  fineAmount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Currency of the fine, ISO 4217 (e.g. "EUR"); needs fineAmount.',
  })
  @IsISO4217CurrencyCode()
  fineCurrency?: string | null;

  @Field(() => SentenceStatus, { description: 'Where it stands in the appeals process.' })
  status!: SentenceStatus;

  @Field(() => FuzzyDateInput, {
    nullable: true,
    description: 'When the person was released; not before the sentence date.',
  })
  @ValidateNested()
  released?: FuzzyDateInput | null;

  @Field(() => ReleaseReason, { nullable: true, description: 'Why the person was released.' })
  releaseReason?: ReleaseReason | null;

  @Field(() => String, {
    nullable: true,
    description: `Details of the release (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  releaseNote?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Arrest that led to it.' })
  arrestId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the Plot it concerns.' })
  plotId?: string | null;

  @Field(() => String, { nullable: true, description: `Details (at most ${TEXT_MAX} characters).` })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Confidence, { description: 'How well established the sentence is.' })
  confidence!: Confidence;
}

export const SentenceInputs = createRecordInputTypes(SentenceFields, 'Sentence', 'sentence');

export const SENTENCE_COLUMNS: ColumnMap = {
  date: fuzzyDate,
  jurisdiction: asIs,
  charges: list,
  termKind: asIs,
  termMonths: asIs,
  termMonthsMax: asIs,
  fineAmount: decimal,
  fineCurrency: asIs,
  status: asIs,
  released: fuzzyDate,
  releaseReason: asIs,
  releaseNote: asIs,
  arrestId: reference('Arrest'),
  plotId: reference('Plot'),
  description: asIs,
  confidence: asIs,
};
