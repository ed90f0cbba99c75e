import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { column, comparable, lookup, toMany } from '../../shared/filter/field-compilers';
import type { FieldCompiler, FilterSpec } from '../../shared/filter/filter-builder';
import { CountryCodeFilter, createEnumFilter, StringFilter } from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import { citationsOf, CitationListFilter } from '../source';
import { ActorKind } from './actor.enums';

export const ActorKindFilter = createEnumFilter(ActorKind, 'ActorKind');
export const ActorRoleKindFilter = createEnumFilter(ActorRoleKind, 'ActorRoleKind');

@InputType('ActorFilter', { description: 'Conditions on actors; fields are ANDed.' })
export class ActorFilter extends RecordFilter {
  @Field(() => ActorKindFilter, { nullable: true, description: 'By kind, e.g. { eq: STATE }.' })
  kind?: InstanceType<typeof ActorKindFilter>;

  @Field(() => StringFilter, {
    nullable: true,
    description: 'By name as reported, e.g. { eq: "Iran" }.',
  })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By any one of the aliases.' })
  alias?: StringFilter;

  @Field(() => CountryCodeFilter, { nullable: true, description: 'By nationality or country.' })
  countryCode?: CountryCodeFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By Wikidata QID.' })
  wikidataId?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By OpenSanctions ID.' })
  openSanctionsId?: StringFilter;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By the sources cited for the actor.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => [ActorFilter], { nullable: true, description: 'All of these conditions.' })
  and?: ActorFilter[];

  @Field(() => [ActorFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: ActorFilter[];

  @Field(() => ActorFilter, { nullable: true, description: 'Not this condition.' })
  not?: ActorFilter;
}

export const actorFilterSpec: FilterSpec<ActorFilter> = {
  ...recordFilterSpec('Actor'),
  kind: comparable(column('kind')),
  name: comparable(column('name')),
  // One alias matching is enough, so the operators apply to each element of the array.
  alias: (value, context) => {
    const element = context.builder.alias('alias');
    const condition = comparable(() => `"${element}"`)(value, context);
    return `EXISTS (SELECT 1 FROM unnest("${context.alias}"."aliases") AS "${element}" WHERE ${condition})`;
  },
  countryCode: comparable(column('countryCode')),
  wikidataId: comparable(column('wikidataId')),
  openSanctionsId: comparable(column('openSanctionsId')),
  citations: citationsOf('actorId'),
};

@InputType('ActorRoleFilter', { description: "Conditions on an actor's part in a record." })
export class ActorRoleFilter {
  @Field(() => ActorRoleKindFilter, {
    nullable: true,
    description: 'By role, e.g. { eq: SPONSOR }.',
  })
  role?: InstanceType<typeof ActorRoleKindFilter>;

  @Field(() => ActorFilter, { nullable: true, description: 'By the actor.' })
  actor?: ActorFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By the role note.' })
  note?: StringFilter;
}

export const ActorRoleListFilter = createListFilter(ActorRoleFilter, 'ActorRole', 'actor roles');

export const actorRoleFilterSpec: FilterSpec<ActorRoleFilter> = {
  role: comparable(column('role')),
  actor: lookup({ table: 'actors', softDelete: true }, 'actorId', () => actorFilterSpec),
  note: comparable(column('note')),
};

/** `actors: { some/every/none: ActorRoleFilter }` for a kind whose roles use `arcColumn`. */
export function rolesOf(arcColumn: string): FieldCompiler {
  return toMany({ table: 'actor_roles', softDelete: false }, arcColumn, () => actorRoleFilterSpec);
}

/** A shortcut such as `sponsor: ActorFilter`: some actor in this role matches. */
export function actorInRole(arcColumn: string, role: ActorRoleKind): FieldCompiler {
  const roles = rolesOf(arcColumn);
  return (value: ActorFilter, context) =>
    roles({ some: { role: { eq: role }, actor: value } } as never, context);
}
