import { ArrayMaxSize, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { CountryCodeScalar, LocalDateScalar } from '../../graphql/scalars';
import { LIST_MAX, NAME_MAX, TEXT_MAX, WIKIDATA_QID } from '../../shared/input-limits';
import { asIs, list, type ColumnMap } from '../../shared/record-write/input-columns';
import { ActorKind } from './actor.enums';

@InputType('ActorFields', { description: 'Writable fields of an actor.' })
export class ActorFields {
  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, { description: `Name as reported (1 to ${NAME_MAX} characters).` })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: `Other names and spellings (at most ${LIST_MAX}, each 1 to ${NAME_MAX} characters).`,
  })
  @ArrayMaxSize(LIST_MAX)
  @MinLength(1, { each: true })
  @MaxLength(NAME_MAX, { each: true })
  aliases?: string[] | null;

  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: 'Nationality or country (ISO 3166-1 alpha-2).',
  })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years as reported (0 to 130).' })
  @Min(0)
  @Max(130)
  ageReported?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the reported age applied.',
  })
  ageReportedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Who or what this is (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata QID, e.g. "Q794".' })
  @Matches(WIKIDATA_QID, { message: 'wikidataId must be a Wikidata QID such as Q794' })
  wikidataId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `OpenSanctions entity ID (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  openSanctionsId?: string | null;
}

export const ActorInputs = createRecordInputTypes(ActorFields, 'Actor', 'actor');

export const ACTOR_COLUMNS: ColumnMap = {
  kind: asIs,
  name: asIs,
  aliases: list,
  countryCode: asIs,
  ageReported: asIs,
  ageReportedOn: asIs,
  description: asIs,
  wikidataId: asIs,
  openSanctionsId: asIs,
};
