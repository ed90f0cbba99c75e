// Well-kept scalars from graphql-scalars rather than home-made ones: they validate input too.
export {
  GraphQLCountryCode as CountryCodeScalar,
  GraphQLDateTimeISO as DateTimeScalar,
  GraphQLJSON as JSONScalar,
  GraphQLLocalDate as LocalDateScalar,
  GraphQLURL as URLScalar,
  GraphQLUUID as UUIDScalar,
} from 'graphql-scalars';
