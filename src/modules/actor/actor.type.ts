import { Field, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { CountryCodeScalar, LocalDateScalar } from '../../graphql/scalars';
import { RecordType, recordFields } from '../../shared/record.type';
import type { ActorEntity } from './actor.entity';
import { ActorKind } from './actor.enums';

@ObjectType('Actor', {
  implements: Node,
  description: 'A person or organisation taking part in records through typed roles.',
})
export class Actor extends RecordType {
  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, {
    description:
      'Name as reported, e.g. "Abdelkrim S." (French media abbreviate suspects\' surnames).',
  })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings.' })
  aliases!: string[];

  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: 'Nationality or country (ISO 3166-1 alpha-2).',
  })
  countryCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years as reported, on ageReportedOn.' })
  ageReported!: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the reported age applied.',
  })
  ageReportedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who or what this is, in a few sentences.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata QID (e.g. "Q794" for Iran).' })
  wikidataId!: string | null;

  @Field(() => String, { nullable: true, description: 'OpenSanctions entity ID.' })
  openSanctionsId!: string | null;
}

export const toActor = (row: ActorEntity): Actor =>
  Object.assign(new Actor(), recordFields('Actor', row, toGlobalId), {
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    countryCode: row.countryCode,
    ageReported: row.ageReported,
    ageReportedOn: row.ageReportedOn,
    description: row.description,
    wikidataId: row.wikidataId,
    openSanctionsId: row.openSanctionsId,
  });

export const ActorConnection = createConnectionType(Actor, 'Actor', 'actors');
