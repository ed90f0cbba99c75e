export { SearchResolver } from './search.resolver';
export { RANKED_MATCH_LIMIT } from './search.service';
