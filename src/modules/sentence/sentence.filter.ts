import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import { column, comparable, fuzzyDate, toOne } from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  BooleanFilter,
  CountryCodeFilter,
  createEnumFilter,
  FuzzyDateFilter,
  IntFilter,
} from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import type { Lazy } from '../../shared/lazy';
import { actorInRole, ActorFilter, ActorRoleListFilter, rolesOf } from '../actor';
import { ArrestFilter, arrestFilterSpec } from '../arrest';
import { PlotFilter, plotFilterSpec } from '../plot';
import { citationsOf, CitationListFilter } from '../source';
import { ReleaseReason, SentenceStatus, TermKind } from './sentence.enums';

export const SentenceStatusFilter = createEnumFilter(SentenceStatus, 'SentenceStatus');
export const TermKindFilter = createEnumFilter(TermKind, 'TermKind');
export const ReleaseReasonFilter = createEnumFilter(ReleaseReason, 'ReleaseReason');

@InputType('SentenceFilter', {
  description:
    'Conditions on sentences; fields are ANDed. Example: { jurisdiction: { eq: "BE" }, termMonths: { gt: 120 }, releasedEarly: { eq: true } }.',
})
export class SentenceFilter extends RecordFilter {
  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when it was handed down.' })
  date?: FuzzyDateFilter;

  @Field(() => CountryCodeFilter, {
    nullable: true,
    description: 'By the country whose court passed it.',
  })
  jurisdiction?: CountryCodeFilter;

  @Field(() => TermKindFilter, { nullable: true, description: 'By the main penalty.' })
  termKind?: InstanceType<typeof TermKindFilter>;

  @Field(() => IntFilter, {
    nullable: true,
    description:
      'By prison term in months (the lower end of a reported range), e.g. { gt: 120 } for more than 10 years.',
  })
  termMonths?: IntFilter;

  @Field(() => SentenceStatusFilter, { nullable: true, description: 'By appeal status.' })
  status?: InstanceType<typeof SentenceStatusFilter>;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By release date.' })
  released?: FuzzyDateFilter;

  @Field(() => BooleanFilter, {
    nullable: true,
    description:
      'Whether the sentence was cut short (released for any reason but serving the term).',
  })
  releasedEarly?: BooleanFilter;

  @Field(() => ReleaseReasonFilter, {
    nullable: true,
    description: 'By why the person was released.',
  })
  releaseReason?: InstanceType<typeof ReleaseReasonFilter>;

  @Field(() => ConfidenceFilter, { nullable: true, description: 'By how well established it is.' })
  confidence?: ConfidenceFilter;

  @Field(() => PlotFilter, {
    nullable: true,
    description: 'By the plot it relates to, e.g. { sponsor: { name: { eq: "Iran" } } }.',
  })
  plot?: Lazy<PlotFilter>;

  @Field(() => ArrestFilter, { nullable: true, description: 'By the arrest that led to it.' })
  arrest?: Lazy<ArrestFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role DEFENDANT matches.',
  })
  defendant?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role COURT matches.',
  })
  court?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => [SentenceFilter], { nullable: true, description: 'All of these conditions.' })
  and?: SentenceFilter[];

  @Field(() => [SentenceFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: SentenceFilter[];

  @Field(() => SentenceFilter, { nullable: true, description: 'Not this condition.' })
  not?: SentenceFilter;
}

export const SentenceListFilter = createListFilter(SentenceFilter, 'Sentence', 'sentences');

export const sentenceFilterSpec: FilterSpec<SentenceFilter> = {
  ...recordFilterSpec('Sentence'),
  date: fuzzyDate('date'),
  jurisdiction: comparable(column('jurisdiction')),
  termKind: comparable(column('termKind')),
  termMonths: comparable(column('termMonths')),
  status: comparable(column('status')),
  released: fuzzyDate('released'),
  // Mirrors Sentence.releasedEarly: any release reason other than serving the full term.
  releasedEarly: comparable(
    (alias) =>
      `("${alias}"."releaseReason" IS NOT NULL AND "${alias}"."releaseReason" <> '${ReleaseReason.TERM_SERVED}')`,
  ),
  releaseReason: comparable(column('releaseReason')),
  confidence: comparable(column('confidence')),
  plot: toOne({ table: 'plots', softDelete: true }, 'plotId', () => plotFilterSpec),
  arrest: toOne({ table: 'arrests', softDelete: true }, 'arrestId', () => arrestFilterSpec),
  defendant: actorInRole('sentenceId', ActorRoleKind.DEFENDANT),
  court: actorInRole('sentenceId', ActorRoleKind.COURT),
  actors: rolesOf('sentenceId'),
  citations: citationsOf('sentenceId'),
};
