import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { ActorResolver, ActorRoleActorResolver } from '../modules/actor';
import { ArrestResolver } from '../modules/arrest';
import { ApiKeyResolver } from '../modules/auth';
import { IncidentResolver } from '../modules/incident';
import { NodeResolver } from '../modules/node';
import { PlaceResolver } from '../modules/place';
import { PlotMutationResolver, PlotResolver } from '../modules/plot';
import { SanctionResolver } from '../modules/sanction';
import { SentenceResolver } from '../modules/sentence';
import { CitationSourceResolver, SourceResolver } from '../modules/source';
import { WeaponsTransferResolver } from '../modules/weapons-transfer';
import { authChecker } from './principal';

/** The one list of resolvers. */
const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ActorResolver,
  ActorRoleActorResolver,
  PlaceResolver,
  SourceResolver,
  CitationSourceResolver,
  PlotResolver,
  IncidentResolver,
  ArrestResolver,
  SentenceResolver,
  SanctionResolver,
  WeaponsTransferResolver,
  ApiKeyResolver,
  PlotMutationResolver,
];

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Off by default in type-graphql 2; forbidUnknownValues would reject plain input objects.
    validate: { forbidUnknownValues: false },
  });
}

/** The committed schema.graphql: sorted, so that its diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
