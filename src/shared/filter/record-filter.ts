import { Field, InputType, type ClassType } from 'type-graphql';

import { column, comparable, globalIdColumn } from './field-compilers';
import type { FilterSpec } from './filter-builder';
import { DateTimeFilter, IdFilter, StringFilter } from './operators';

// Decorated so that each XFilter inherits these fields; never used on its own.
@InputType('RecordFilter', { description: 'Conditions every record kind offers.' })
export class RecordFilter {
  @Field(() => IdFilter, { nullable: true, description: 'By global ID.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By partner key.' })
  externalId?: StringFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'By creation time.' })
  createdAt?: DateTimeFilter;

  @Field(() => DateTimeFilter, {
    nullable: true,
    description: 'By last change; partners use gte for incremental pulls (see also changes).',
  })
  updatedAt?: DateTimeFilter;
}

export function recordFilterSpec(typeName: string): FilterSpec<RecordFilter> {
  return {
    id: globalIdColumn(typeName),
    externalId: comparable(column('externalId')),
    createdAt: comparable(column('createdAt')),
    updatedAt: comparable(column('updatedAt')),
  };
}

export interface ListFilter<F> {
  some?: F | null;
  every?: F | null;
  none?: F | null;
}

/** `XListFilter { some every none }` for a to-many relation (compiled to EXISTS). */
export function createListFilter<F extends object>(
  FilterClass: ClassType<F>,
  typeName: string,
  plural: string,
): ClassType<ListFilter<F>> {
  @InputType(`${typeName}ListFilter`, { description: `Conditions on related ${plural}.` })
  class RelationListFilter {
    @Field(() => FilterClass, {
      nullable: true,
      description: `At least one related ${typeName} matches.`,
    })
    some?: F;

    @Field(() => FilterClass, {
      nullable: true,
      description: `Every related ${typeName} matches (true when there are none).`,
    })
    every?: F;

    @Field(() => FilterClass, { nullable: true, description: `No related ${typeName} matches.` })
    none?: F;
  }
  return RelationListFilter;
}
