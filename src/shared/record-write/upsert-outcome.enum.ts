import { registerDescribedEnum } from '../register-enum';

export enum UpsertOutcomeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}

registerDescribedEnum(UpsertOutcomeKind, 'UpsertOutcome', 'What an upsert did.', {
  CREATED: 'No record had this externalId: one was created.',
  UPDATED: 'The record with this externalId was changed.',
  UNCHANGED:
    'The record already held these values: nothing was written, not even a change-log entry.',
});
