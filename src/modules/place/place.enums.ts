import { registerDescribedEnum } from '../../shared/register-enum';

export enum GeoPrecision {
  EXACT_SITE = 'EXACT_SITE',
  CITY = 'CITY',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
}

registerDescribedEnum(
  GeoPrecision,
  'GeoPrecision',
  'How precisely coordinates locate a place (ACLED geo_precision 1-3).',
  {
    EXACT_SITE: 'Coordinates of the exact site (ACLED geo_precision 1).',
    CITY: 'Coordinates of the town or city centre (ACLED geo_precision 1-2).',
    REGION: 'Coordinates of a region or area centre (ACLED geo_precision 2-3).',
    COUNTRY: 'Coordinates of the country centre; only the country is known.',
  },
);
