import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import {
  assertDateNotBefore,
  assertLowHigh,
  assertTogether,
} from '../../shared/record-write/rules';
import { ArrestEntity } from '../arrest';
import { PlotEntity } from '../plot';
import { SentenceEntity } from './sentence.entity';
import { SENTENCE_COLUMNS, SentenceInputs } from './sentence.inputs';
import { Sentence, toSentence } from './sentence.type';

export const SentenceMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Sentence',
    label: 'sentence',
    entity: SentenceEntity,
    references: { arrestId: ArrestEntity, plotId: PlotEntity },
    check: (_tx, row) => {
      assertLowHigh(
        row.termMonths,
        row.termMonthsMax,
        'input.termMonthsMax',
        'termMonthsMax is below termMonths.',
      );
      assertTogether(
        row.fineAmount,
        row.fineCurrency,
        'input.fineCurrency',
        'A fine needs both fineAmount and fineCurrency.',
      );
      assertDateNotBefore(
        row.date,
        row.released,
        'input.released',
        'The release ends before the sentence was handed down.',
      );
    },
  },
  NodeClass: Sentence,
  toNode: toSentence,
  fieldName: 'sentence',
  inputs: SentenceInputs,
  columns: SENTENCE_COLUMNS,
});
