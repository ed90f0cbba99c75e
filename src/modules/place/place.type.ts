import { Field, Float, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { CountryCodeScalar } from '../../graphql/scalars';
import { RecordType, recordFields } from '../../shared/record.type';
import type { PlaceEntity } from './place.entity';
import { GeoPrecision } from './place.enums';

@ObjectType('Place', {
  implements: Node,
  description: 'A location, reusable across records: a country, region, city or exact site.',
})
export class Place extends RecordType {
  @Field(() => String, { description: 'Display name, e.g. "Paris" or "South of France".' })
  name!: string;

  @Field(() => CountryCodeScalar, { description: 'Country, ISO 3166-1 alpha-2 (e.g. "FR").' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'Region, province or state, as reported.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'City or town.' })
  city!: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (WGS 84).' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (WGS 84).' })
  longitude!: number | null;

  @Field(() => GeoPrecision, { nullable: true, description: 'What the coordinates point at.' })
  geoPrecision!: GeoPrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'GeoNames ID, for joining with other datasets.',
  })
  geonamesId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Wikidata QID (e.g. "Q90"), for joining with other datasets.',
  })
  wikidataId!: string | null;
}

export const toPlace = (row: PlaceEntity): Place =>
  Object.assign(new Place(), recordFields('Place', row, toGlobalId), {
    name: row.name,
    countryCode: row.countryCode,
    region: row.region,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    geoPrecision: row.geoPrecision,
    geonamesId: row.geonamesId,
    wikidataId: row.wikidataId,
  });

export const PlaceConnection = createConnectionType(Place, 'Place', 'places');
