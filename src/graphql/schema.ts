import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';

import {
  ActorDossierResolver,
  ActorMutationResolver,
  ActorResolver,
  ActorRoleActorResolver,
  RoleSubjectResolver,
} from '../modules/actor';
import { ArrestMutationResolver, ArrestResolver } from '../modules/arrest';
import { ApiKeyResolver } from '../modules/auth';
import { ImportResolver } from '../modules/import';
import { IncidentMutationResolver, IncidentResolver } from '../modules/incident';
import { LinksMutationResolver } from '../modules/links';
import { CitationRecordResolver, NodeResolver } from '../modules/node';
import { PlaceMutationResolver, PlaceResolver } from '../modules/place';
import { PlotMutationResolver, PlotResolver } from '../modules/plot';
import { SanctionMutationResolver, SanctionResolver } from '../modules/sanction';
import { SearchResolver } from '../modules/search';
import { SentenceMutationResolver, SentenceResolver } from '../modules/sentence';
import {
  CitationSourceResolver,
  SourceCitationsResolver,
  SourceMutationResolver,
  SourceResolver,
} from '../modules/source';
import {
  ArrestStatsResolver,
  IncidentStatsResolver,
  PlotStatsResolver,
  SanctionStatsResolver,
  SentenceStatsResolver,
  WeaponsTransferStatsResolver,
} from '../modules/stats';
import {
  HISTORY_RESOLVERS,
  RecordChangedResolver,
  SyncResolver,
  type AppPubSub,
} from '../modules/sync';
import {
  WeaponsTransferMutationResolver,
  WeaponsTransferResolver,
} from '../modules/weapons-transfer';
import { authChecker } from './principal';
import { validateArgument } from './validation';

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
  ImportResolver,
  SyncResolver,
  RecordChangedResolver,
  ...HISTORY_RESOLVERS,
  ApiKeyResolver,
];

/**
 * Plain fields (no @FieldResolver) whose property has the field's name are read by graphql-js's
 * default resolver. type-graphql would otherwise wrap each one to run middlewares and
 * field-level @Authorized, allocating a closure scope and an object per field and row (~3,000
 * for a page of 100 incidents with nested lists). Fields that rename their property or carry
 * roles or middlewares keep type-graphql's wrapper.
 */
function readPlainFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    const guarded = (field.roles?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0;
    if (field.simple === undefined && !guarded && field.name === field.schemaName) {
      field.simple = true;
    }
  }
}

/** `pubSub` carries recordChanged events; each app has its own (see ChangeNotifier). */
export function buildAppSchema(pubSub: AppPubSub = createPubSub()): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  return buildSchema({
    resolvers: RESOLVERS,
    pubSub,
    authChecker,
    validateFn: validateArgument,
  });
}

/** The committed schema.graphql: sorted, so that its diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
