import { Field, InputType } from 'type-graphql';

import { Stance } from '../../shared/citation/stance.enum';
import { column, comparable, fuzzyDate, toMany, toOne } from '../../shared/filter/field-compilers';
import type { FieldCompiler, FilterSpec } from '../../shared/filter/filter-builder';
import { createEnumFilter, FuzzyDateFilter, StringFilter } from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import { SourceKind } from './source.enums';

export const SourceKindFilter = createEnumFilter(SourceKind, 'SourceKind');
export const StanceFilter = createEnumFilter(Stance, 'Stance');

@InputType('SourceFilter', { description: 'Conditions on sources; fields are ANDed.' })
export class SourceFilter extends RecordFilter {
  @Field(() => StringFilter, {
    nullable: true,
    description: 'By publisher, e.g. { eq: "Reuters" }.',
  })
  publisher?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By title.' })
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By web address.' })
  url?: StringFilter;

  @Field(() => SourceKindFilter, { nullable: true, description: 'By kind of publication.' })
  kind?: InstanceType<typeof SourceKindFilter>;

  @Field(() => StringFilter, { nullable: true, description: 'By language (ISO 639-1).' })
  language?: StringFilter;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By publication date.' })
  published?: FuzzyDateFilter;

  @Field(() => [SourceFilter], { nullable: true, description: 'All of these conditions.' })
  and?: SourceFilter[];

  @Field(() => [SourceFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: SourceFilter[];

  @Field(() => SourceFilter, { nullable: true, description: 'Not this condition.' })
  not?: SourceFilter;
}

export const sourceFilterSpec: FilterSpec<SourceFilter> = {
  ...recordFilterSpec('Source'),
  publisher: comparable(column('publisher')),
  title: comparable(column('title')),
  url: comparable(column('url')),
  kind: comparable(column('kind')),
  language: comparable(column('language')),
  published: fuzzyDate('published'),
};

@InputType('CitationFilter', {
  description: 'Conditions on a citation: its stance and its source.',
})
export class CitationFilter {
  @Field(() => StanceFilter, { nullable: true, description: 'By stance, e.g. { eq: DENIES }.' })
  stance?: InstanceType<typeof StanceFilter>;

  @Field(() => StringFilter, { nullable: true, description: 'By excerpt or locator.' })
  excerpt?: StringFilter;

  @Field(() => SourceFilter, { nullable: true, description: 'By the cited source.' })
  source?: SourceFilter;

  @Field(() => [CitationFilter], { nullable: true, description: 'All of these conditions.' })
  and?: CitationFilter[];

  @Field(() => [CitationFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: CitationFilter[];

  @Field(() => CitationFilter, { nullable: true, description: 'Not this condition.' })
  not?: CitationFilter;
}

export const CitationListFilter = createListFilter(CitationFilter, 'Citation', 'citations');

export const citationFilterSpec: FilterSpec<CitationFilter> = {
  stance: comparable(column('stance')),
  excerpt: comparable(column('excerpt')),
  source: toOne({ table: 'sources', softDelete: true }, 'sourceId', () => sourceFilterSpec),
};

/** `citations: { some/every/none: CitationFilter }` for a kind whose citations use `arcColumn`. */
export function citationsOf(arcColumn: string): FieldCompiler {
  return toMany({ table: 'citations', softDelete: false }, arcColumn, () => citationFilterSpec);
}
