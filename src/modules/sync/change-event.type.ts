import { Field, ID, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars';
import { ChangeAction } from '../../shared/change-log/change-action.enum';
import type { ChangeLogEntity } from '../../shared/change-log/change-log.entity';
import { RecordKind, recordKindOf } from './record-kind.enum';

@ObjectType('FieldChange', { description: 'One field of a record before and after a change.' })
export class FieldChange {
  @Field(() => String, {
    description:
      'The field, e.g. "name", "period", "placeId"; "citations" and "actors" when a citation or actor role was added or removed.',
  })
  field!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The stored value before (dates as their stored columns); null when it had none.',
  })
  old!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'The stored value after.' })
  new!: unknown;
}

@ObjectType('ChangeEvent', {
  description: 'One create, update, delete or restore of one record, from the change log.',
})
export class ChangeEvent {
  @Field(() => String, { description: 'Position of the entry in the change log.' })
  sequence!: string;

  @Field(() => ChangeAction, { description: 'What happened.' })
  action!: ChangeAction;

  @Field(() => RecordKind, { description: 'Kind of the record.' })
  kind!: RecordKind;

  @Field(() => ID, { description: 'Global ID of the record (also for deleted ones).' })
  recordId!: string;

  @Field(() => UUIDScalar, { description: 'Database UUID of the record.' })
  rowId!: string;

  @Field(() => Int, { description: 'The version of the record this change produced.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the change was made (ISO 8601, UTC).' })
  changedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who made it: the id of the API key, or "seed" for the bundled dataset.',
  })
  changedBy!: string | null;

  @Field(() => [FieldChange], {
    description:
      'The fields that changed, with old and new values (for DELETED/RESTORED: deletedAt).',
  })
  changedFields!: FieldChange[];

  /** Read by the `record` field resolver. */
  typeName!: string;
}

export const toChangeEvent = (row: ChangeLogEntity): ChangeEvent =>
  Object.assign(new ChangeEvent(), {
    sequence: row.id,
    action: row.action,
    kind: recordKindOf(row.recordKind),
    recordId: toGlobalId(row.recordKind, row.recordId),
    rowId: row.recordId,
    version: row.recordVersion,
    changedAt: row.changedAt,
    changedBy: row.changedBy,
    changedFields: Object.entries(row.changes).map(([field, change]) =>
      Object.assign(new FieldChange(), { field, old: change.old, new: change.new }),
    ),
    typeName: row.recordKind,
  });

export const ChangeEventConnection = createConnectionType(
  ChangeEvent,
  'ChangeEvent',
  'change events',
);
