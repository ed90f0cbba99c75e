import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

import type { Context } from '../context';

/**
 * The response's cache policy, worked out once per parsed document rather than per resolved field.
 * Apollo's cache-control plugin hooks every field it resolves (3,000 calls for a page of 100
 * incidents with their nested lists) to read hints that here are always the same: every type
 * has the default max age except `uncachedTypes`, so the policy depends only on which types the
 * document can reach. Apollo keeps parsed documents, so the analysis runs once per query text.
 */
export function cachePolicyPlugin(
  defaultMaxAge: number,
  uncachedTypes: ReadonlySet<string>,
): ApolloServerPlugin<Context> {
  const reachesUncached = new WeakMap<DocumentNode, boolean>();

  const analyse = (schema: GraphQLSchema, document: DocumentNode): boolean => {
    let known = reachesUncached.get(document);
    if (known === undefined) {
      let found = false;
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field() {
            const type = typeInfo.getType();
            found ||=
              type !== null && type !== undefined && uncachedTypes.has(getNamedType(type).name);
          },
        }),
      );
      known = found;
      reachesUncached.set(document, known);
    }
    return known;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({
          operation,
          document,
          schema,
          overallCachePolicy,
          contextValue,
        }) {
          const cacheable =
            defaultMaxAge > 0 && operation?.operation === 'query' && !analyse(schema, document);
          overallCachePolicy.restrict({
            maxAge: cacheable ? defaultMaxAge : 0,
            // A keyed caller may see what anonymous ones do not: shared caches must not keep it.
            scope: contextValue.principal.kind === 'anonymous' ? 'PUBLIC' : 'PRIVATE',
          });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const policy = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            policy && clean
              ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}`
              : 'no-store',
          );
        },
      };
    },
  };
}
