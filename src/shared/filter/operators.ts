import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';

import { CountryCodeScalar, DateTimeScalar } from '../../graphql/scalars';

// Operator inputs shared by every XFilter. Several operators in one object are ANDed.

@InputType('StringFilter', {
  description: 'Conditions on a text field; several operators are ANDed.',
})
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this text (case-sensitive).' })
  eq?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Anything but this text (null values do not match).',
  })
  notEq?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'One of these texts; an empty list matches nothing.',
  })
  in?: string[];

  @Field(() => [String], { nullable: true, description: 'None of these texts.' })
  notIn?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' })
  startsWith?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: the field is empty (null); false: it has a value. The only way to match null.',
  })
  isNull?: boolean;
}

@InputType('IntFilter', {
  description: 'Conditions on a whole number; several operators are ANDed.',
})
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' })
  eq?: number;

  @Field(() => Int, { nullable: true, description: 'Not equal to (null values do not match).' })
  notEq?: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'One of these; an empty list matches nothing.',
  })
  in?: number[];

  @Field(() => [Int], { nullable: true, description: 'None of these.' })
  notIn?: number[];

  @Field(() => Int, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than.' })
  gt?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Between two values, both included: [low, high].',
  })
  between?: number[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not reported (null); false: reported. Unknown is not zero.',
  })
  isNull?: boolean;
}

@InputType('FloatFilter', {
  description: 'Conditions on a decimal number; several operators are ANDed.',
})
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' })
  eq?: number;

  @Field(() => Float, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than.' })
  gt?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => [Float], {
    nullable: true,
    description: 'Between two values, both included: [low, high].',
  })
  between?: number[];

  @Field(() => Boolean, { nullable: true, description: 'true: no value; false: has a value.' })
  isNull?: boolean;
}

@InputType('DateTimeFilter', {
  description: 'Conditions on an instant (ISO 8601); several operators are ANDed.',
})
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant.' })
  lt?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or before this instant.' })
  lte?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'After this instant.' })
  gt?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  gte?: Date;

  @Field(() => [DateTimeScalar], {
    nullable: true,
    description: 'Between two instants, both included: [from, to].',
  })
  between?: Date[];
}

@InputType('BooleanFilter', { description: 'Condition on a yes/no field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to.' })
  eq?: boolean;
}

@InputType('IdFilter', { description: 'Conditions on a record by global ID.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'This record.' })
  eq?: string;

  @Field(() => ID, { nullable: true, description: 'Any record but this one.' })
  notEq?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'One of these records (at most 100); an empty list matches nothing.',
  })
  in?: string[];

  @Field(() => [ID], { nullable: true, description: 'None of these records (at most 100).' })
  notIn?: string[];
}

@InputType('CountryCodeFilter', { description: 'Conditions on a country (ISO 3166-1 alpha-2).' })
export class CountryCodeFilter {
  @Field(() => CountryCodeScalar, { nullable: true, description: 'This country.' })
  eq?: string;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Any country but this one.' })
  notEq?: string;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: 'One of these countries; an empty list matches nothing.',
  })
  in?: string[];

  @Field(() => [CountryCodeScalar], { nullable: true, description: 'None of these countries.' })
  notIn?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: no country recorded; false: a country is recorded.',
  })
  isNull?: boolean;
}

@InputType('CountryCodeListFilter', { description: 'Conditions on a list of countries.' })
export class CountryCodeListFilter {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: 'The list has all of these countries.',
  })
  contains?: string[];

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: 'The list has at least one of these countries.',
  })
  overlaps?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the list is empty; false: it has at least one country.',
  })
  isEmpty?: boolean;
}

@InputType('DateRangeInput', {
  description:
    'A period given as reported dates (YYYY, YYYY-MM or YYYY-MM-DD); an omitted end is open.',
})
export class DateRangeInput {
  @Field(() => String, {
    nullable: true,
    description:
      'First day of the period, or of the year or month given ("2020" means from 2020-01-01). Omit for "until ...".',
  })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day of the period, or of the year or month given ("2020" means to 2020-12-31). Omit for "since ...".',
  })
  to?: string;
}

@InputType('FuzzyDateFilter', {
  description:
    'Conditions on an uncertain date. A date covers every day it could be: "May 2024" overlaps any period touching 2024-05-01..2024-05-31.',
})
export class FuzzyDateFilter {
  @Field(() => DateRangeInput, {
    nullable: true,
    description:
      'The date could fall in this period (its span and the period share at least one day).',
  })
  overlaps?: DateRangeInput;

  @Field(() => DateRangeInput, {
    nullable: true,
    description: 'The date certainly falls in this period (its whole span lies inside it).',
  })
  within?: DateRangeInput;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the date is unknown; false: some date is recorded.',
  })
  isNull?: boolean;
}

@InputType('BoundingBoxInput', {
  description: 'A rectangle of WGS 84 coordinates, in decimal degrees.',
})
export class BoundingBoxInput {
  @Field(() => Float, { description: 'Southern edge (latitude, -90..90).' })
  south!: number;

  @Field(() => Float, { description: 'Western edge (longitude, -180..180).' })
  west!: number;

  @Field(() => Float, { description: 'Northern edge (latitude, -90..90).' })
  north!: number;

  @Field(() => Float, {
    description:
      'Eastern edge (longitude, -180..180); smaller than west for a box crossing the antimeridian.',
  })
  east!: number;
}

export interface EnumFilterShape<V> {
  eq?: V;
  notEq?: V;
  in?: V[];
  notIn?: V[];
  isNull?: boolean;
}

export interface EnumListFilterShape<V> {
  contains?: V[];
  overlaps?: V[];
  isEmpty?: boolean;
}

/** `XFilter { eq notEq in notIn isNull }` for an enum registered as `name`. */
export function createEnumFilter<E extends object>(
  enumObject: E,
  name: string,
): ClassType<EnumFilterShape<E[keyof E]>> {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name} value.` })
  class EnumFilter {
    @Field(() => enumObject, { nullable: true, description: 'This value.' })
    eq?: E[keyof E];

    @Field(() => enumObject, {
      nullable: true,
      description: 'Any value but this one (null values do not match).',
    })
    notEq?: E[keyof E];

    @Field(() => [enumObject], {
      nullable: true,
      description: 'One of these values; an empty list matches nothing.',
    })
    in?: E[keyof E][];

    @Field(() => [enumObject], { nullable: true, description: 'None of these values.' })
    notIn?: E[keyof E][];

    @Field(() => Boolean, {
      nullable: true,
      description: 'true: no value recorded; false: a value is recorded.',
    })
    isNull?: boolean;
  }
  return EnumFilter;
}

/** `XListFilter { contains overlaps isEmpty }` for a list of enum values. */
export function createEnumListFilter<E extends object>(
  enumObject: E,
  name: string,
): ClassType<EnumListFilterShape<E[keyof E]>> {
  @InputType(`${name}ListFilter`, { description: `Conditions on a list of ${name} values.` })
  class EnumListFilter {
    @Field(() => [enumObject], { nullable: true, description: 'The list has all of these values.' })
    contains?: E[keyof E][];

    @Field(() => [enumObject], {
      nullable: true,
      description: 'The list has at least one of these values.',
    })
    overlaps?: E[keyof E][];

    @Field(() => Boolean, {
      nullable: true,
      description: 'true: the list is empty; false: it has at least one value.',
    })
    isEmpty?: boolean;
  }
  return EnumListFilter;
}
