import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import {
  arrayColumn,
  column,
  comparable,
  fuzzyDate,
  toMany,
} from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  CountryCodeListFilter,
  createEnumFilter,
  createEnumListFilter,
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
import { IncidentListFilter, incidentFilterSpec } from '../incident';
import { SanctionListFilter, sanctionFilterSpec } from '../sanction';
import { SentenceListFilter, sentenceFilterSpec } from '../sentence';
import { citationsOf, CitationListFilter } from '../source';
import { PlotStatus, TargetKind } from './plot.enums';

export const PlotStatusFilter = createEnumFilter(PlotStatus, 'PlotStatus');
export const TargetKindListFilter = createEnumListFilter(TargetKind, 'TargetKind');

@InputType('PlotFilter', {
  description:
    'Conditions on plots; fields are ANDed. Example: { sponsor: { name: { eq: "Iran" } }, targetCountries: { overlaps: ["FR", "DE"] }, period: { overlaps: { from: "2015" } } }.',
})
export class PlotFilter extends RecordFilter {
  @Field(() => StringFilter, { nullable: true, description: 'By name.' })
  name?: StringFilter;

  @Field(() => StringFilter, {
    nullable: true,
    description: 'By codename, e.g. { eq: "Marco Polo" }.',
  })
  codename?: StringFilter;

  @Field(() => PlotStatusFilter, { nullable: true, description: 'By how far the plot got.' })
  status?: InstanceType<typeof PlotStatusFilter>;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when the plot was active.' })
  period?: FuzzyDateFilter;

  @Field(() => FuzzyDateFilter, {
    nullable: true,
    description: 'By when the plot was made public.',
  })
  disclosed?: FuzzyDateFilter;

  @Field(() => TargetKindListFilter, {
    nullable: true,
    description: 'By kinds of target, e.g. { overlaps: [JEWISH_COMMUNITY] }.',
  })
  targetKinds?: InstanceType<typeof TargetKindListFilter>;

  @Field(() => CountryCodeListFilter, {
    nullable: true,
    description: 'By countries of the targets.',
  })
  targetCountries?: CountryCodeListFilter;

  @Field(() => IntFilter, {
    nullable: true,
    description: 'By the count an aggregate record stands for; { isNull: true } for single plots.',
  })
  aggregateCount?: IntFilter;

  @Field(() => ConfidenceFilter, {
    nullable: true,
    description: 'By how well established the plot is.',
  })
  confidence?: ConfidenceFilter;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role SPONSOR matches, e.g. { name: { eq: "Iran" } }.',
  })
  sponsor?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => IncidentListFilter, { nullable: true, description: "By the plot's incidents." })
  incidents?: InstanceType<typeof IncidentListFilter>;

  @Field(() => ArrestListFilter, { nullable: true, description: "By the plot's arrests." })
  arrests?: InstanceType<typeof ArrestListFilter>;

  @Field(() => SentenceListFilter, { nullable: true, description: "By the plot's sentences." })
  sentences?: InstanceType<typeof SentenceListFilter>;

  @Field(() => SanctionListFilter, {
    nullable: true,
    description: 'By sanctions responding to the plot.',
  })
  sanctions?: InstanceType<typeof SanctionListFilter>;

  @Field(() => [PlotFilter], { nullable: true, description: 'All of these conditions.' })
  and?: PlotFilter[];

  @Field(() => [PlotFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: PlotFilter[];

  @Field(() => PlotFilter, { nullable: true, description: 'Not this condition.' })
  not?: PlotFilter;
}

export const PlotListFilter = createListFilter(PlotFilter, 'Plot', 'plots');

export const plotFilterSpec: FilterSpec<PlotFilter> = {
  ...recordFilterSpec('Plot'),
  name: comparable(column('name')),
  codename: comparable(column('codename')),
  status: comparable(column('status')),
  period: fuzzyDate('period'),
  disclosed: fuzzyDate('disclosed'),
  targetKinds: arrayColumn(column('targetKinds'), 'target_kind'),
  targetCountries: arrayColumn(column('targetCountries'), 'bpchar'),
  aggregateCount: comparable(column('aggregateCount')),
  confidence: comparable(column('confidence')),
  sponsor: actorInRole('plotId', ActorRoleKind.SPONSOR),
  actors: rolesOf('plotId'),
  citations: citationsOf('plotId'),
  incidents: toMany({ table: 'incidents', softDelete: true }, 'plotId', () => incidentFilterSpec),
  arrests: toMany({ table: 'arrests', softDelete: true }, 'plotId', () => arrestFilterSpec),
  sentences: toMany({ table: 'sentences', softDelete: true }, 'plotId', () => sentenceFilterSpec),
  sanctions: toMany({ table: 'sanctions', softDelete: true }, 'plotId', () => sanctionFilterSpec),
};
