import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { ConnectionArgs, Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ActorRoleConnection, type ActorRole } from '../../shared/actor-role/actor-role.type';
import type { Lazy } from '../../shared/lazy';
import type { ListDefinition } from '../../shared/list';
import type { NestedDefinition } from '../../shared/nested';
import { ROLE_SUBJECT_COLUMNS, type RoleSubjectKind } from '../../shared/subject';
import { ARREST_LIST, ArrestConnection, ArrestConnectionArgs, type Arrest } from '../arrest';
import {
  INCIDENT_LIST,
  IncidentConnection,
  IncidentConnectionArgs,
  type Incident,
} from '../incident';
import { PLOT_LIST, PlotConnection, PlotConnectionArgs, type Plot } from '../plot';
import {
  SANCTION_LIST,
  SanctionConnection,
  SanctionConnectionArgs,
  type Sanction,
} from '../sanction';
import {
  SENTENCE_LIST,
  SentenceConnection,
  SentenceConnectionArgs,
  type Sentence,
} from '../sentence';
import {
  WEAPONS_TRANSFER_LIST,
  WeaponsTransferConnection,
  WeaponsTransferConnectionArgs,
  type WeaponsTransfer,
} from '../weapons-transfer';
import { Actor } from './actor.type';
import { ActorRoleConnectionArgs, rolePage, rolesBy } from './roles-field';

const definitions = new Map<string, NestedDefinition<never, never, never, unknown>>();

// Role values come from a GraphQL enum, so they can be written into the SQL as literals.
function inRoles(column: string, roles: ActorRoleKind[] | null | undefined): string {
  return roles?.length
    ? ` AND ${column} IN (${roles.map((role) => `'${ActorRoleKind[role]}'`).join(', ')})`
    : '';
}

function cached<D>(name: string, build: () => D): D {
  let definition = definitions.get(name) as D | undefined;
  if (!definition) {
    definition = build();
    definitions.set(name, definition as never);
  }
  return definition;
}

function throughRoles<E extends { id: string }, F, O extends string, N>(
  list: ListDefinition<E, F, O, N>,
  table: string,
  kind: RoleSubjectKind,
  roles: ActorRoleKind[] | null | undefined,
): NestedDefinition<E, F, O, N> {
  const column = ROLE_SUBJECT_COLUMNS[kind];
  const name = `dossier.${table}.${roles?.join('+') ?? '*'}`;
  return cached(name, () => ({
    name,
    entity: list.entity,
    table,
    softDelete: true,
    link: (row: string, parent: string) =>
      `EXISTS (SELECT 1 FROM "actor_roles" "link" WHERE "link"."${column}" = "${row}"."id" AND "link"."actorId" = ${parent}${inRoles('"link"."role"', roles)})`,
    candidates: (parent: string) =>
      `SELECT DISTINCT "link"."${column}" FROM "actor_roles" "link" WHERE "link"."actorId" = ${parent} AND "link"."${column}" IS NOT NULL${inRoles('"link"."role"', roles)}`,
    filterSpec: list.filterSpec,
    sortKeys: list.sortKeys,
    defaultOrder: list.defaultOrder,
    toNode: list.toNode,
  }));
}

function load<E extends { id: string }, F, O extends string, N>(
  ctx: Context,
  actor: Actor,
  list: ListDefinition<E, F, O, N>,
  table: string,
  kind: RoleSubjectKind,
  page: ConnectionArgs,
  role: ActorRoleKind[] | null | undefined,
): Promise<Page<N>> {
  return ctx.loaders
    .nested(throughRoles(list, table, kind, role) as NestedDefinition<E, F & object, O, N>, page)
    .load(actor.rowId);
}

const ROLES_OF_ACTOR = rolesBy('actorId');

const ROLE_ARGUMENT = {
  nullable: true,
  description: 'Only records where the actor has one of these roles; any role when omitted.',
} as const;

const DOSSIER =
  'Relay connection: default 20, maximum 100; takes the same filter and orderBy as the top-level list.';

/** An actor's dossier: every record it takes part in, by kind and role, each a batched connection. */
@Resolver(() => Actor)
export class ActorDossierResolver {
  @FieldResolver(() => ActorRoleConnection, {
    description:
      'Every part this actor plays in any record, oldest first; each role links to its record. Relay connection: default 20, maximum 100.',
  })
  roles(
    @Root() actor: Actor,
    @Args(() => ActorRoleConnectionArgs) args: Lazy<ActorRoleConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<ActorRole>> {
    return ctx.loaders.nested(ROLES_OF_ACTOR, rolePage(args)).load(actor.rowId);
  }

  @FieldResolver(() => PlotConnection, {
    description: `Plots the actor takes part in (as sponsor, organiser, target...). ${DOSSIER}`,
  })
  plots(
    @Root() actor: Actor,
    @Args(() => PlotConnectionArgs) page: Lazy<PlotConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Plot>> {
    return load(ctx, actor, PLOT_LIST, 'plots', 'Plot', page, role);
  }

  @FieldResolver(() => IncidentConnection, {
    description: `Incidents the actor takes part in. ${DOSSIER}`,
  })
  incidents(
    @Root() actor: Actor,
    @Args(() => IncidentConnectionArgs) page: Lazy<IncidentConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Incident>> {
    return load(ctx, actor, INCIDENT_LIST, 'incidents', 'Incident', page, role);
  }

  @FieldResolver(() => ArrestConnection, {
    description: `Arrests the actor takes part in (as arrested person or authority). ${DOSSIER}`,
  })
  arrests(
    @Root() actor: Actor,
    @Args(() => ArrestConnectionArgs) page: Lazy<ArrestConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Arrest>> {
    return load(ctx, actor, ARREST_LIST, 'arrests', 'Arrest', page, role);
  }

  @FieldResolver(() => SentenceConnection, {
    description: `Sentences the actor takes part in (as defendant or court). ${DOSSIER}`,
  })
  sentences(
    @Root() actor: Actor,
    @Args(() => SentenceConnectionArgs) page: Lazy<SentenceConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Sentence>> {
    return load(ctx, actor, SENTENCE_LIST, 'sentences', 'Sentence', page, role);
  }

  @FieldResolver(() => SanctionConnection, {
    description: `Sanctions the actor takes part in (as imposing authority or sanctioned party). ${DOSSIER}`,
  })
  sanctions(
    @Root() actor: Actor,
    @Args(() => SanctionConnectionArgs) page: Lazy<SanctionConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Sanction>> {
    return load(ctx, actor, SANCTION_LIST, 'sanctions', 'Sanction', page, role);
  }

  @FieldResolver(() => WeaponsTransferConnection, {
    description: `Weapons transfers the actor takes part in (as supplier or recipient). ${DOSSIER}`,
  })
  weaponsTransfers(
    @Root() actor: Actor,
    @Args(() => WeaponsTransferConnectionArgs) page: Lazy<WeaponsTransferConnectionArgs>,
    @Arg('role', () => [ActorRoleKind], ROLE_ARGUMENT) role: ActorRoleKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<Page<WeaponsTransfer>> {
    return load(
      ctx,
      actor,
      WEAPONS_TRANSFER_LIST,
      'weapons_transfers',
      'WeaponsTransfer',
      page,
      role,
    );
  }
}
