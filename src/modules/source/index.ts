export { SourceEntity } from './source.entity';
export * from './source.enums';
export { SourceResolver } from './source.resolver';
export { Source, SourceConnection, toSource } from './source.type';
export { CitationSourceResolver } from './citation-source.resolver';
export {
  citationsOf,
  CitationFilter,
  CitationListFilter,
  SourceFilter,
  sourceFilterSpec,
  StanceFilter,
} from './source.filter';
export { createCitationsResolver, CitationConnectionArgs } from './citations-field';
export { SourceConnectionArgs } from './source.args';
export { SOURCE_LIST } from './source.service';
export { SourceCitationsResolver } from './source-citations.resolver';
export { SourceMutationResolver } from './source.mutation.resolver';
