import { Field, Float, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { CountryCodeScalar } from '../../graphql/scalars';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { SentenceEntity } from './sentence.entity';
import { ReleaseReason, SentenceStatus, TermKind } from './sentence.enums';

@ObjectType('Sentence', {
  implements: Node,
  description:
    'A court sentence of a defendant (actor with role DEFENDANT) by a court (role COURT), and what became of it.',
})
export class Sentence extends RecordType {
  @Field(() => FuzzyDate, { nullable: true, description: 'When it was handed down.' })
  date!: FuzzyDate | null;

  @Field(() => CountryCodeScalar, {
    description: 'Country whose court passed the sentence (ISO 3166-1 alpha-2).',
  })
  jurisdiction!: string;

  @Field(() => [String], { description: 'Offences as reported, in English.' })
  charges!: string[];

  @Field(() => TermKind, { description: 'The main penalty.' })
  termKind!: TermKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Prison term in months (the lower end when a range is reported); null for life or when not reported.',
  })
  termMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Upper end in months when only a range is reported ("15 to 18 years" gives 180 and 216); null otherwise.',
  })
  termMonthsMax!: number | null;

  @Field(() => Float, { nullable: true, description: 'Fine, in fineCurrency.' })
  fineAmount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Currency of the fine, ISO 4217 (e.g. "EUR").',
  })
  fineCurrency!: string | null;

  @Field(() => SentenceStatus, { description: 'Where the sentence stands in the appeals process.' })
  status!: SentenceStatus;

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'When the person was released; null while in prison or when not reported.',
  })
  released!: FuzzyDate | null;

  @Field(() => Boolean, {
    description:
      'True when the person was released before the term ended (e.g. a prisoner exchange or probation).',
  })
  releasedEarly!: boolean;

  @Field(() => ReleaseReason, { nullable: true, description: 'Why the person was released.' })
  releaseReason!: ReleaseReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'Details of the release, e.g. the terms of an exchange.',
  })
  releaseNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Details, in a few sentences.' })
  description!: string | null;

  @Field(() => Confidence, { description: 'How well established the sentence is.' })
  confidence!: Confidence;

  arrestId!: string | null;
  plotId!: string | null;
}

export const toSentence = (row: SentenceEntity): Sentence =>
  Object.assign(new Sentence(), recordFields('Sentence', row, toGlobalId), {
    date: toFuzzyDate(row.date),
    jurisdiction: row.jurisdiction,
    charges: row.charges,
    termKind: row.termKind,
    termMonths: row.termMonths,
    termMonthsMax: row.termMonthsMax,
    fineAmount: row.fineAmount === null ? null : Number(row.fineAmount),
    fineCurrency: row.fineCurrency,
    status: row.status,
    released: toFuzzyDate(row.released),
    releasedEarly: row.releaseReason !== null && row.releaseReason !== ReleaseReason.TERM_SERVED,
    releaseReason: row.releaseReason,
    releaseNote: row.releaseNote,
    description: row.description,
    confidence: row.confidence,
    arrestId: row.arrestId,
    plotId: row.plotId,
  });

export const SentenceConnection = createConnectionType(Sentence, 'Sentence', 'sentences');
