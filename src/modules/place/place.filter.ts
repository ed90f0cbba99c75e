import { Field, InputType } from 'type-graphql';

import { boundingBox, column, comparable } from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  BoundingBoxInput,
  CountryCodeFilter,
  createEnumFilter,
  StringFilter,
} from '../../shared/filter/operators';
import { RecordFilter, recordFilterSpec } from '../../shared/filter/record-filter';
import { citationsOf, CitationListFilter } from '../source';
import { GeoPrecision } from './place.enums';

export const GeoPrecisionFilter = createEnumFilter(GeoPrecision, 'GeoPrecision');

@InputType('PlaceFilter', { description: 'Conditions on places; fields are ANDed.' })
export class PlaceFilter extends RecordFilter {
  @Field(() => StringFilter, { nullable: true, description: 'By display name.' })
  name?: StringFilter;

  @Field(() => CountryCodeFilter, {
    nullable: true,
    description: 'By country, e.g. { in: ["FR", "DE"] }.',
  })
  countryCode?: CountryCodeFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By region.' })
  region?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By city.' })
  city?: StringFilter;

  @Field(() => GeoPrecisionFilter, {
    nullable: true,
    description: 'By what the coordinates point at.',
  })
  geoPrecision?: InstanceType<typeof GeoPrecisionFilter>;

  @Field(() => BoundingBoxInput, {
    nullable: true,
    description: 'Coordinates inside this box (places without coordinates never match).',
  })
  boundingBox?: BoundingBoxInput;

  @Field(() => StringFilter, { nullable: true, description: 'By GeoNames ID.' })
  geonamesId?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By Wikidata QID.' })
  wikidataId?: StringFilter;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By the sources cited for the place.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => [PlaceFilter], { nullable: true, description: 'All of these conditions.' })
  and?: PlaceFilter[];

  @Field(() => [PlaceFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: PlaceFilter[];

  @Field(() => PlaceFilter, { nullable: true, description: 'Not this condition.' })
  not?: PlaceFilter;
}

export const placeFilterSpec: FilterSpec<PlaceFilter> = {
  ...recordFilterSpec('Place'),
  name: comparable(column('name')),
  countryCode: comparable(column('countryCode')),
  region: comparable(column('region')),
  city: comparable(column('city')),
  geoPrecision: comparable(column('geoPrecision')),
  boundingBox: boundingBox(column('latitude'), column('longitude')),
  geonamesId: comparable(column('geonamesId')),
  wikidataId: comparable(column('wikidataId')),
  citations: citationsOf('placeId'),
};
