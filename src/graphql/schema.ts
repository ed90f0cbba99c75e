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

interface ParamList {
  index: number;
}

const keepOrder = function (this: ParamList[]) {
  return this;
};

/**
 * type-graphql sorts a resolver's parameter list by position on every call, and V8 allocates a
 * buffer for each sort: one per resolved field and row, a tenth of the memory a page of 100
 * incidents with nested lists allocated. The lists are sorted once here, after the build that
 * assigns them, and their own `sort` then keeps that order.
 */
function sortParametersOnce(): void {
  const storage = getMetadataStorage();
  const lists = [
    ...[...storage.queries, ...storage.mutations, ...storage.subscriptions].map(
      (query) => query.params,
    ),
    ...storage.fieldResolvers.map((resolver) => resolver.params),
    ...storage.objectTypes.flatMap((type) => type.fields?.map((field) => field.params) ?? []),
  ];
  for (const params of lists as (ParamList[] | undefined)[]) {
    // Own property, not a comparison with keepOrder: the metadata storage outlives module
    // registries (jest), and another copy of this module may have kept a list's order already.
    if (params && !Object.hasOwn(params, 'sort')) {
      params.sort((a, b) => a.index - b.index);
      Object.defineProperty(params, 'sort', { value: keepOrder });
    }
  }
}

/** `pubSub` carries recordChanged events; each app has its own (see ChangeNotifier). */
export async function buildAppSchema(pubSub: AppPubSub = createPubSub()): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    pubSub,
    authChecker,
    validateFn: validateArgument,
  });
  sortParametersOnce();
  return schema;
}

/** The committed schema.graphql: sorted, so that its diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
