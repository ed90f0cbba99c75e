export { SearchResolver } from './search.resolver';
