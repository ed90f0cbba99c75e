import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { SentenceEntity } from './sentence.entity';
import { toSentence, type Sentence } from './sentence.type';

const DEFAULT_ORDERING = byFuzzyDateStart<SentenceEntity>('sentence', 'date', 'DESC');

export class SentenceService {
  /** A page of live (not deleted) sentences. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Sentence>> {
    const query = manager.createQueryBuilder(SentenceEntity, 'sentence');
    return paginate(query, args, DEFAULT_ORDERING, toSentence);
  }
}
