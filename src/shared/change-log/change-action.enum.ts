import { registerDescribedEnum } from '../register-enum';

export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  RESTORED = 'RESTORED',
}

registerDescribedEnum(
  ChangeAction,
  'ChangeAction',
  'What happened to a record in a change-log entry.',
  {
    CREATED: 'The record was created.',
    UPDATED: 'One or more fields changed.',
    DELETED: 'The record was soft-deleted; partners should remove it.',
    RESTORED: 'A soft-deleted record was brought back.',
  },
);
