import {
  instantKey,
  textKey,
  registerOrderFields,
  createOrderInput,
  SortOrder,
  type SortKey,
} from '../../shared/orderings';
import type { ActorEntity } from './actor.entity';

export enum ActorOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerOrderFields(ActorOrderField, 'Actor', {
  NAME: 'Name, alphabetically.',
  KIND: 'Kind, alphabetically by value.',
  CREATED_AT: 'When the record was created.',
  UPDATED_AT: 'When the record last changed.',
});

export const ActorOrder = createOrderInput(ActorOrderField, 'Actor');

export const actorSortKeys: Record<ActorOrderField, SortKey<ActorEntity>> = {
  NAME: textKey('name', (row) => row.name),
  KIND: textKey('kind', (row) => row.kind),
  CREATED_AT: instantKey('createdAt', (row) => row.createdAt),
  UPDATED_AT: instantKey('updatedAt', (row) => row.updatedAt),
};

export const DEFAULT_ACTOR_ORDER = [{ field: ActorOrderField.NAME, direction: SortOrder.ASC }];
