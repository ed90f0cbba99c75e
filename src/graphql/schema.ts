import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import {
  ActorDossierResolver,
  ActorResolver,
  ActorRoleActorResolver,
  RoleSubjectResolver,
} from '../modules/actor';
import { ArrestResolver } from '../modules/arrest';
import { IncidentResolver } from '../modules/incident';
import { CitationRecordResolver, NodeResolver } from '../modules/node';
import { PlaceResolver } from '../modules/place';
import { PlotResolver } from '../modules/plot';
import { SanctionResolver } from '../modules/sanction';
import { SearchResolver } from '../modules/search';
import { SentenceResolver } from '../modules/sentence';
import { CitationSourceResolver, SourceCitationsResolver, SourceResolver } from '../modules/source';
import {
  ArrestStatsResolver,
  IncidentStatsResolver,
  PlotStatsResolver,
  SanctionStatsResolver,
  SentenceStatsResolver,
  WeaponsTransferStatsResolver,
} from '../modules/stats';
import { WeaponsTransferResolver } from '../modules/weapons-transfer';

/** The one list of resolvers. */
const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  SearchResolver,
  ActorResolver,
  ActorRoleActorResolver,
  ActorDossierResolver,
  RoleSubjectResolver,
  PlaceResolver,
  SourceResolver,
  CitationSourceResolver,
  CitationRecordResolver,
  SourceCitationsResolver,
  PlotResolver,
  IncidentResolver,
  ArrestResolver,
  SentenceResolver,
  SanctionResolver,
  WeaponsTransferResolver,
  IncidentStatsResolver,
  PlotStatsResolver,
  ArrestStatsResolver,
  SentenceStatsResolver,
  SanctionStatsResolver,
  WeaponsTransferStatsResolver,
];

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Off by default in type-graphql 2; forbidUnknownValues would reject plain input objects.
    validate: { forbidUnknownValues: false },
  });
}

/** The committed schema.graphql: sorted, so that its diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
