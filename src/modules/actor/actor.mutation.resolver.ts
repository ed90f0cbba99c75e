import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { ActorEntity } from './actor.entity';
import { ACTOR_COLUMNS, ActorInputs } from './actor.inputs';
import { Actor, toActor } from './actor.type';

export const ActorMutationResolver = createRecordMutationsResolver({
  spec: { kind: 'Actor', label: 'actor', entity: ActorEntity },
  NodeClass: Actor,
  toNode: toActor,
  fieldName: 'actor',
  inputs: ActorInputs,
  columns: ACTOR_COLUMNS,
});
