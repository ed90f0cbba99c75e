import { Float } from 'type-graphql';

import { CountryCodeScalar } from '../../graphql/scalars';
import { columnKey, reportedCountOf, sumOf, yearKey } from '../../shared/stats/stats-keys';
import { createStatsResolver } from '../../shared/stats/stats-resolver';
import {
  ReleaseReason,
  SentenceEntity,
  SentenceFilter,
  sentenceFilterSpec,
  SentenceStatus,
  TermKind,
} from '../sentence';

export const SentenceStatsResolver = createStatsResolver({
  typeName: 'Sentence',
  plural: 'sentences',
  list: 'sentences',
  filter: SentenceFilter,
  description:
    'Sentence counts and prison terms for charts, e.g. groupBy: [JURISDICTION]. One bucket per combination of key values that occurs. ' +
    'Term sums and averages cover the sentences that report a term in months (suspended terms included: group by TERM_KIND or filter to separate them).',
  spec: {
    entity: SentenceEntity,
    alias: 'sentence',
    filterSpec: sentenceFilterSpec,
    keys: {
      YEAR: yearKey('date', 'the sentence'),
      JURISDICTION: columnKey(
        'jurisdiction',
        'jurisdiction',
        () => CountryCodeScalar,
        'Country whose court passed the sentence (ISO 3166-1 alpha-2).',
      ),
      STATUS: columnKey('status', 'status', () => SentenceStatus, 'Appeal status.'),
      TERM_KIND: columnKey('termKind', 'termKind', () => TermKind, 'The main penalty.'),
      RELEASE_REASON: columnKey(
        'releaseReason',
        'releaseReason',
        () => ReleaseReason,
        'Why the person left prison; null when no release is recorded.',
      ),
    },
    sums: {
      termMonths: sumOf(
        'termMonths',
        'Prison terms in months (the lower end of a reported range), summed over the sentences that report one; null when none does.',
      ),
      termMonthsAverage: {
        type: () => Float,
        nullable: true,
        description:
          'Average prison term in months over the sentences that report one; null when none does.',
        sql: (alias) => `avg("${alias}"."termMonths")::float8`,
      },
      termMonthsReported: reportedCountOf(
        'termMonths',
        "How many of the bucket's sentences report a term in months (life sentences and fines do not).",
      ),
    },
  },
});
