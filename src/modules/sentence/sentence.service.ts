import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { SentenceListArgs } from './sentence.args';
import { SentenceEntity } from './sentence.entity';
import { sentenceFilterSpec, type SentenceFilter } from './sentence.filter';
import {
  DEFAULT_SENTENCE_ORDER,
  sentenceSortKeys,
  type SentenceOrderField,
} from './sentence.order';
import { toSentence, type Sentence } from './sentence.type';

export const SENTENCE_LIST: ListDefinition<
  SentenceEntity,
  SentenceFilter,
  SentenceOrderField,
  Sentence
> = {
  entity: SentenceEntity,
  alias: 'sentence',
  filterSpec: sentenceFilterSpec,
  sortKeys: sentenceSortKeys,
  defaultOrder: DEFAULT_SENTENCE_ORDER,
  toNode: toSentence,
};

export class SentenceService {
  /** A page of live (not deleted) sentences. */
  list(manager: EntityManager, args: SentenceListArgs): Promise<Page<Sentence>> {
    return listRecords(manager, SENTENCE_LIST, args);
  }
}
