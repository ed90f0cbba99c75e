export { SentenceEntity } from './sentence.entity';
export * from './sentence.enums';
export { SentenceResolver } from './sentence.resolver';
export { Sentence, SentenceConnection, toSentence } from './sentence.type';
export { SentenceMutationResolver } from './sentence.mutation.resolver';
