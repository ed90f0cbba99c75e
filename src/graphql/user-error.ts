import { Field, ObjectType } from 'type-graphql';

import { registerDescribedEnum } from '../shared/register-enum';
import { AppError, ErrorCode } from './errors';

/** Expected domain failures, returned in a mutation payload's `userErrors` rather than as errors. */
export enum UserErrorCode {
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  NOT_FOUND = 'NOT_FOUND',
  IN_USE = 'IN_USE',
  DUPLICATE = 'DUPLICATE',
  INVALID_DATE_RANGE = 'INVALID_DATE_RANGE',
  INVALID_RANGE = 'INVALID_RANGE',
  INVALID_COMBINATION = 'INVALID_COMBINATION',
  INVALID_ROLE = 'INVALID_ROLE',
  DELETED = 'DELETED',
  NOT_DELETED = 'NOT_DELETED',
}

registerDescribedEnum(
  UserErrorCode,
  'UserErrorCode',
  'Why a mutation was refused; nothing was written when any of these is returned.',
  {
    VERSION_CONFLICT:
      'The record changed since you read it: expectedVersion is not its current version. Read it again and retry.',
    NOT_FOUND: 'The record, or a record the input refers to, does not exist or was deleted.',
    IN_USE: 'The record is still referred to (e.g. a source that is cited) and cannot be deleted.',
    DUPLICATE:
      'Another record already has this unique value (externalId, URL, or the same citation or role).',
    INVALID_DATE_RANGE:
      'Two dates of the record contradict each other, e.g. a sanction lifted before it was imposed.',
    INVALID_RANGE:
      'A low/high pair is backwards once combined with the stored values, e.g. quantityHigh below quantityLow.',
    INVALID_COMBINATION:
      'Fields that belong together are incomplete, e.g. a latitude without a longitude.',
    INVALID_ROLE:
      'The role does not fit this kind of record or this kind of actor, e.g. a DEFENDANT on a plot.',
    DELETED:
      'The record with this externalId was deleted; restore it before changing it through upsert.',
    NOT_DELETED: 'Only a deleted record can be restored.',
  },
);

@ObjectType('UserError', {
  description:
    'An expected reason why a mutation was refused (the whole mutation was rolled back).',
})
export class UserError {
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the input field at fault, e.g. "input.expectedVersion"; null when no single field is.',
  })
  field!: string | null;

  @Field(() => String, { description: 'What went wrong, written for people.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What went wrong, for programs.' })
  code!: UserErrorCode;
}

/**
 * Thrown by services for an expected domain failure. The mutation helper rolls the transaction
 * back and turns it into a payload `userErrors` entry; should one escape elsewhere it is still
 * a safe, coded error.
 */
export class UserErrorException extends AppError {
  constructor(
    readonly userErrorCode: UserErrorCode,
    readonly field: string | null,
    message: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { field, userErrorCode });
  }

  toUserError(): UserError {
    return Object.assign(new UserError(), {
      field: this.field,
      message: this.message,
      code: this.userErrorCode,
    });
  }
}

export const userError = (
  code: UserErrorCode,
  field: string | null,
  message: string,
): UserErrorException => new UserErrorException(code, field, message);
