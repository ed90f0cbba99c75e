export { LinksMutationResolver } from './links.mutation.resolver';
