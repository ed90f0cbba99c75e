import { Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { CountryCodeScalar } from '../../graphql/scalars';
import { NAME_MAX, WIKIDATA_QID } from '../../shared/input-limits';
import { asIs, type ColumnMap } from '../../shared/record-write/input-columns';
import { GeoPrecision } from './place.enums';

@InputType('PlaceFields', { description: 'Writable fields of a place.' })
export class PlaceFields {
  @Field(() => String, { description: `Display name (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => CountryCodeScalar, { description: 'Country, ISO 3166-1 alpha-2.' })
  countryCode!: string;

  @Field(() => String, {
    nullable: true,
    description: `Region, province or state (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  region?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `City or town (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  city?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Latitude in decimal degrees, -90 to 90; give it with longitude.',
  })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longitude in decimal degrees, -180 to 180; give it with latitude.',
  })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @Field(() => GeoPrecision, { nullable: true, description: 'What the coordinates point at.' })
  geoPrecision?: GeoPrecision | null;

  @Field(() => String, { nullable: true, description: 'GeoNames ID (digits).' })
  @Matches(/^\d{1,12}$/, { message: 'geonamesId must be a GeoNames ID (digits only)' })
  geonamesId?: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata QID, e.g. "Q90".' })
  @Matches(WIKIDATA_QID, { message: 'wikidataId must be a Wikidata QID such as Q90' })
  wikidataId?: string | null;
}

export const PlaceInputs = createRecordInputTypes(PlaceFields, 'Place', 'place');

export const PLACE_COLUMNS: ColumnMap = {
  name: asIs,
  countryCode: asIs,
  region: asIs,
  city: asIs,
  latitude: asIs,
  longitude: asIs,
  geoPrecision: asIs,
  geonamesId: asIs,
  wikidataId: asIs,
};
