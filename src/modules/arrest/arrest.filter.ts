import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import { column, comparable, fuzzyDate, toMany, toOne } from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import { createEnumFilter, FuzzyDateFilter, StringFilter } from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import type { Lazy } from '../../shared/lazy';
import { actorInRole, ActorFilter, ActorRoleListFilter, rolesOf } from '../actor';
import { IncidentFilter, incidentFilterSpec } from '../incident';
import { PlaceFilter, placeFilterSpec } from '../place';
import { PlotFilter, plotFilterSpec } from '../plot';
import { SentenceListFilter, sentenceFilterSpec } from '../sentence';
import { citationsOf, CitationListFilter } from '../source';
import { CustodyOutcome } from './arrest.enums';

export const CustodyOutcomeFilter = createEnumFilter(CustodyOutcome, 'CustodyOutcome');

@InputType('ArrestFilter', { description: 'Conditions on arrests; fields are ANDed.' })
export class ArrestFilter extends RecordFilter {
  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when the arrest happened.' })
  date?: FuzzyDateFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By any one of the charges.' })
  charge?: StringFilter;

  @Field(() => CustodyOutcomeFilter, {
    nullable: true,
    description: 'By what happened to the person next.',
  })
  custodyOutcome?: InstanceType<typeof CustodyOutcomeFilter>;

  @Field(() => ConfidenceFilter, { nullable: true, description: 'By how well established it is.' })
  confidence?: ConfidenceFilter;

  @Field(() => PlaceFilter, { nullable: true, description: 'By where it happened.' })
  place?: Lazy<PlaceFilter>;

  @Field(() => PlotFilter, { nullable: true, description: 'By the plot it relates to.' })
  plot?: Lazy<PlotFilter>;

  @Field(() => IncidentFilter, { nullable: true, description: 'By the incident it relates to.' })
  incident?: Lazy<IncidentFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role ARRESTED_PERSON matches.',
  })
  person?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role ARRESTING_AUTHORITY matches.',
  })
  authority?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => SentenceListFilter, {
    nullable: true,
    description: 'By sentences that followed the arrest.',
  })
  sentences?: InstanceType<typeof SentenceListFilter>;

  @Field(() => [ArrestFilter], { nullable: true, description: 'All of these conditions.' })
  and?: ArrestFilter[];

  @Field(() => [ArrestFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: ArrestFilter[];

  @Field(() => ArrestFilter, { nullable: true, description: 'Not this condition.' })
  not?: ArrestFilter;
}

export const ArrestListFilter = createListFilter(ArrestFilter, 'Arrest', 'arrests');

export const arrestFilterSpec: FilterSpec<ArrestFilter> = {
  ...recordFilterSpec('Arrest'),
  date: fuzzyDate('date'),
  charge: (value, context) => {
    const element = context.builder.alias('charge');
    return `EXISTS (SELECT 1 FROM unnest("${context.alias}"."charges") AS "${element}" WHERE ${comparable(() => `"${element}"`)(value, context)})`;
  },
  custodyOutcome: comparable(column('custodyOutcome')),
  confidence: comparable(column('confidence')),
  place: toOne({ table: 'places', softDelete: true }, 'placeId', () => placeFilterSpec),
  plot: toOne({ table: 'plots', softDelete: true }, 'plotId', () => plotFilterSpec),
  incident: toOne({ table: 'incidents', softDelete: true }, 'incidentId', () => incidentFilterSpec),
  person: actorInRole('arrestId', ActorRoleKind.ARRESTED_PERSON),
  authority: actorInRole('arrestId', ActorRoleKind.ARRESTING_AUTHORITY),
  actors: rolesOf('arrestId'),
  citations: citationsOf('arrestId'),
  sentences: toMany({ table: 'sentences', softDelete: true }, 'arrestId', () => sentenceFilterSpec),
};
