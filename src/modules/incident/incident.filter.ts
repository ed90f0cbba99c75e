import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import { column, comparable, fuzzyDate, toMany, toOne } from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  createEnumFilter,
  FuzzyDateFilter,
  IntFilter,
  StringFilter,
} from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import type { Lazy } from '../../shared/lazy';
import { actorInRole, ActorFilter, ActorRoleListFilter, rolesOf } from '../actor';
import { ArrestListFilter, arrestFilterSpec } from '../arrest';
import { PlaceFilter, placeFilterSpec } from '../place';
import { PlotFilter, plotFilterSpec } from '../plot';
import { citationsOf, CitationListFilter } from '../source';
import { IncidentOutcome, IncidentType } from './incident.enums';

export const IncidentTypeFilter = createEnumFilter(IncidentType, 'IncidentType');
export const IncidentOutcomeFilter = createEnumFilter(IncidentOutcome, 'IncidentOutcome');

@InputType('IncidentFilter', {
  description:
    'Conditions on incidents; fields are ANDed. Example: { type: { in: [ASSASSINATION, ATTEMPTED_ASSASSINATION] }, place: { countryCode: { eq: NL } } }.',
})
export class IncidentFilter extends RecordFilter {
  @Field(() => StringFilter, { nullable: true, description: 'By title.' })
  title?: StringFilter;

  @Field(() => IncidentTypeFilter, { nullable: true, description: 'By kind of event.' })
  type?: InstanceType<typeof IncidentTypeFilter>;

  @Field(() => IncidentOutcomeFilter, { nullable: true, description: 'By how it ended.' })
  outcome?: InstanceType<typeof IncidentOutcomeFilter>;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when it happened.' })
  date?: FuzzyDateFilter;

  @Field(() => IntFilter, {
    nullable: true,
    description: 'By people killed; { isNull: true } for not reported.',
  })
  killed?: IntFilter;

  @Field(() => IntFilter, {
    nullable: true,
    description: 'By people injured; { isNull: true } for not reported.',
  })
  injured?: IntFilter;

  @Field(() => ConfidenceFilter, { nullable: true, description: 'By how well established it is.' })
  confidence?: ConfidenceFilter;

  @Field(() => PlaceFilter, {
    nullable: true,
    description: 'By where it happened, e.g. { countryCode: { eq: "FR" } }.',
  })
  place?: Lazy<PlaceFilter>;

  @Field(() => PlotFilter, { nullable: true, description: 'By the plot it belongs to.' })
  plot?: Lazy<PlotFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role PERPETRATOR matches.',
  })
  perpetrator?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description:
      "Some actor in the role SPONSOR (of the incident itself) matches; use plot: { sponsor } for the plot's sponsor.",
  })
  sponsor?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role TARGET or VICTIM matches.',
  })
  target?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => ArrestListFilter, {
    nullable: true,
    description: 'By arrests related to the incident.',
  })
  arrests?: InstanceType<typeof ArrestListFilter>;

  @Field(() => [IncidentFilter], { nullable: true, description: 'All of these conditions.' })
  and?: IncidentFilter[];

  @Field(() => [IncidentFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: IncidentFilter[];

  @Field(() => IncidentFilter, { nullable: true, description: 'Not this condition.' })
  not?: IncidentFilter;
}

export const IncidentListFilter = createListFilter(IncidentFilter, 'Incident', 'incidents');

const targetOrVictim = rolesOf('incidentId');

export const incidentFilterSpec: FilterSpec<IncidentFilter> = {
  ...recordFilterSpec('Incident'),
  title: comparable(column('title')),
  type: comparable(column('type')),
  outcome: comparable(column('outcome')),
  date: fuzzyDate('date'),
  killed: comparable(column('killed')),
  injured: comparable(column('injured')),
  confidence: comparable(column('confidence')),
  place: toOne({ table: 'places', softDelete: true }, 'placeId', () => placeFilterSpec),
  plot: toOne({ table: 'plots', softDelete: true }, 'plotId', () => plotFilterSpec),
  perpetrator: actorInRole('incidentId', ActorRoleKind.PERPETRATOR),
  sponsor: actorInRole('incidentId', ActorRoleKind.SPONSOR),
  target: (value: ActorFilter, context) =>
    targetOrVictim(
      {
        some: { role: { in: [ActorRoleKind.TARGET, ActorRoleKind.VICTIM] }, actor: value },
      } as never,
      context,
    ),
  actors: rolesOf('incidentId'),
  citations: citationsOf('incidentId'),
  arrests: toMany({ table: 'arrests', softDelete: true }, 'incidentId', () => arrestFilterSpec),
};
