export { SourceEntity } from './source.entity';
export * from './source.enums';
export { SourceResolver } from './source.resolver';
export { Source, SourceConnection, toSource } from './source.type';
export { CitationSourceResolver } from './citation-source.resolver';
export { SourceMutationResolver } from './source.mutation.resolver';
