export { SentenceEntity } from './sentence.entity';
export * from './sentence.enums';
export { SentenceResolver } from './sentence.resolver';
export { Sentence, SentenceConnection, toSentence } from './sentence.type';
export { SentenceFilter, sentenceFilterSpec, SentenceListFilter } from './sentence.filter';
export { SentenceConnectionArgs } from './sentence.args';
export { SENTENCE_LIST } from './sentence.service';
export { SentenceMutationResolver } from './sentence.mutation.resolver';
