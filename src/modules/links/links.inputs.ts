import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { LocalDateScalar } from '../../graphql/scalars';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { EXCERPT_MAX } from '../../shared/input-limits';

@InputType('AddCitationInput', { description: 'A source to cite for a record.' })
export class AddCitationInput {
  @Field(() => ID, {
    description:
      'Global ID of the cited record: an Actor, Place, Plot, Incident, Arrest, Sentence, Sanction or WeaponsTransfer.',
  })
  recordId!: string;

  @Field(() => ID, { description: 'Global ID of the Source.' })
  sourceId!: string;

  @Field(() => Stance, { description: "The source's position towards the record." })
  stance!: Stance;

  @Field(() => String, {
    nullable: true,
    description: `Where in the source, or a short paraphrase (at most ${EXCERPT_MAX} characters).`,
  })
  @MaxLength(EXCERPT_MAX)
  excerpt?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the source was consulted.' })
  accessedOn?: string | null;
}

@InputType('RemoveCitationInput', { description: 'The citation to remove.' })
export class RemoveCitationInput {
  @Field(() => ID, { description: 'Global ID of the Citation.' })
  citationId!: string;
}

@InputType('AddActorRoleInput', { description: "An actor's part in a record." })
export class AddActorRoleInput {
  @Field(() => ID, {
    description:
      'Global ID of the record: a Plot, Incident, Arrest, Sentence, Sanction or WeaponsTransfer.',
  })
  recordId!: string;

  @Field(() => ID, { description: 'Global ID of the Actor.' })
  actorId!: string;

  @Field(() => ActorRoleKind, {
    description:
      'The part the actor plays. ARRESTED_PERSON and ARRESTING_AUTHORITY fit arrests only, DEFENDANT sentences, IMPOSING_AUTHORITY and SANCTIONED_PARTY sanctions, SUPPLIER weapons transfers.',
  })
  role!: ActorRoleKind;

  @Field(() => String, {
    nullable: true,
    description: `Detail on the role as reported (at most ${EXCERPT_MAX} characters).`,
  })
  @MaxLength(EXCERPT_MAX)
  note?: string | null;
}

@InputType('RemoveActorRoleInput', { description: 'The actor role to remove.' })
export class RemoveActorRoleInput {
  @Field(() => ID, { description: 'Global ID of the ActorRole.' })
  roleId!: string;
}
