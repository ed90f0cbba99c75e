import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { ActorMutationResolver, ActorResolver, ActorRoleActorResolver } from '../modules/actor';
import { ArrestMutationResolver, ArrestResolver } from '../modules/arrest';
import { ApiKeyResolver } from '../modules/auth';
import { IncidentMutationResolver, IncidentResolver } from '../modules/incident';
import { LinksMutationResolver } from '../modules/links';
import { NodeResolver } from '../modules/node';
import { PlaceMutationResolver, PlaceResolver } from '../modules/place';
import { PlotMutationResolver, PlotResolver } from '../modules/plot';
import { SanctionMutationResolver, SanctionResolver } from '../modules/sanction';
import { SentenceMutationResolver, SentenceResolver } from '../modules/sentence';
import { CitationSourceResolver, SourceMutationResolver, SourceResolver } from '../modules/source';
import { HISTORY_RESOLVERS, SyncResolver } from '../modules/sync';
import {
  WeaponsTransferMutationResolver,
  WeaponsTransferResolver,
} from '../modules/weapons-transfer';
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
  // Write side: mutations, change history and the partner feed.
  ActorMutationResolver,
  PlaceMutationResolver,
  SourceMutationResolver,
  PlotMutationResolver,
  IncidentMutationResolver,
  ArrestMutationResolver,
  SentenceMutationResolver,
  SanctionMutationResolver,
  WeaponsTransferMutationResolver,
  LinksMutationResolver,
  SyncResolver,
  ...HISTORY_RESOLVERS,
  ApiKeyResolver,
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
