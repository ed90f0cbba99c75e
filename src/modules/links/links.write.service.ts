import { IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';

import { userError, UserErrorCode } from '../../graphql/user-error';
import { ActorRoleEntity } from '../../shared/actor-role/actor-role.entity';
import { type ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ChangeAction } from '../../shared/change-log/change-action.enum';
import type { FieldChanges } from '../../shared/change-log/change-log.entity';
import { recordChange } from '../../shared/change-log/change-log.recorder';
import { CitationEntity } from '../../shared/citation/citation.entity';
import type { Stance } from '../../shared/citation/stance.enum';
import {
  CITATION_SUBJECT_COLUMNS,
  ROLE_SUBJECT_COLUMNS,
  type CitationSubjectKind,
  type RoleSubjectKind,
} from '../../shared/subject';
import { ActorEntity, ActorKind } from '../actor';
import { nodeKinds } from '../node';
import { SourceEntity } from '../source';

export interface Subject<K extends string> {
  kind: K;
  id: string;
}

interface StoredRecord {
  id: string;
  version: number;
}

/** The record a link was added to or removed from, as stored after the change. */
export interface TouchedRecord {
  kind: string;
  row: StoredRecord;
}

/** Roles that only make sense on one kind of record. */
const ROLE_RECORD_KINDS: Partial<Record<ActorRoleKind, RoleSubjectKind>> = {
  ARRESTED_PERSON: 'Arrest',
  ARRESTING_AUTHORITY: 'Arrest',
  DEFENDANT: 'Sentence',
  IMPOSING_AUTHORITY: 'Sanction',
  SANCTIONED_PARTY: 'Sanction',
  SUPPLIER: 'WeaponsTransfer',
};

/** Roles that only people (or groups of them, or for a defendant a company) can hold. */
const ROLE_ACTOR_KINDS: Partial<Record<ActorRoleKind, ActorKind[]>> = {
  ARRESTED_PERSON: [ActorKind.PERSON, ActorKind.GROUP_OF_PEOPLE],
  DEFENDANT: [ActorKind.PERSON, ActorKind.GROUP_OF_PEOPLE, ActorKind.COMPANY],
};

const citationSnapshot = (row: CitationEntity) => ({
  id: row.id,
  sourceId: row.sourceId,
  stance: row.stance,
  excerpt: row.excerpt,
  accessedOn: row.accessedOn,
});

const roleSnapshot = (row: ActorRoleEntity) => ({
  id: row.id,
  actorId: row.actorId,
  role: row.role,
  note: row.note,
});

/**
 * Citations and actor roles belong to the record they attach to: adding or removing one locks
 * that record, bumps its version and updatedAt, and logs an UPDATED entry naming `citations` or
 * `actors`, so optimistic locking, the changes feed and updatedAt filters all see it.
 */
export class LinksWriteService {
  async addCitation(
    tx: EntityManager,
    subject: Subject<CitationSubjectKind>,
    values: { sourceId: string; stance: Stance; excerpt: string | null; accessedOn: string | null },
    changedBy: string,
  ): Promise<{ citation: CitationEntity; record: TouchedRecord }> {
    await this.lockSubject(tx, subject);
    // FOR SHARE: a concurrent deleteSource (FOR UPDATE, then counts citations) cannot slip between.
    const source = await tx.findOne(SourceEntity, {
      where: { id: values.sourceId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!source) {
      throw userError(
        UserErrorCode.NOT_FOUND,
        'input.sourceId',
        'No source has this id, or it was deleted.',
      );
    }
    const link = { [CITATION_SUBJECT_COLUMNS[subject.kind]]: subject.id, ...values };
    // TypeORM 1.x refuses null in where: match a missing excerpt or date with IS NULL.
    const same = Object.fromEntries(
      Object.entries(link).map(([key, value]) => [key, value === null ? IsNull() : value]),
    );
    if (await tx.existsBy(CitationEntity, same as FindOptionsWhere<CitationEntity>)) {
      throw userError(
        UserErrorCode.DUPLICATE,
        null,
        'This record already has this exact citation.',
      );
    }
    const citation = await tx.save(tx.create(CitationEntity, link));
    const record = await this.touch(tx, subject, changedBy, {
      citations: { old: null, new: citationSnapshot(citation) },
    });
    return { citation, record };
  }

  async removeCitation(
    tx: EntityManager,
    citationId: string,
    changedBy: string,
  ): Promise<{ citation: CitationEntity; record: TouchedRecord }> {
    const citation = await tx.findOne(CitationEntity, { where: { id: citationId } });
    if (!citation) {
      throw userError(UserErrorCode.NOT_FOUND, 'input.citationId', 'No citation has this id.');
    }
    const kind = (Object.keys(CITATION_SUBJECT_COLUMNS) as CitationSubjectKind[]).find(
      (candidate) => citation[CITATION_SUBJECT_COLUMNS[candidate]] !== null,
    )!;
    const subject = { kind, id: citation[CITATION_SUBJECT_COLUMNS[kind]]! };
    await this.lockSubject(tx, subject);
    await tx.delete(CitationEntity, { id: citation.id });
    const record = await this.touch(tx, subject, changedBy, {
      citations: { old: citationSnapshot(citation), new: null },
    });
    return { citation, record };
  }

  async addActorRole(
    tx: EntityManager,
    subject: Subject<RoleSubjectKind>,
    values: { actorId: string; role: ActorRoleKind; note: string | null },
    changedBy: string,
  ): Promise<{ role: ActorRoleEntity; record: TouchedRecord }> {
    const onlyOn = ROLE_RECORD_KINDS[values.role];
    if (onlyOn && onlyOn !== subject.kind) {
      throw userError(
        UserErrorCode.INVALID_ROLE,
        'input.role',
        `${values.role} fits a ${onlyOn}, not a ${subject.kind}.`,
      );
    }
    await this.lockSubject(tx, subject);
    const actor = await tx.findOne(ActorEntity, {
      where: { id: values.actorId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!actor) {
      throw userError(
        UserErrorCode.NOT_FOUND,
        'input.actorId',
        'No actor has this id, or it was deleted.',
      );
    }
    const actorKinds = ROLE_ACTOR_KINDS[values.role];
    if (actorKinds && !actorKinds.includes(actor.kind)) {
      throw userError(
        UserErrorCode.INVALID_ROLE,
        'input.actorId',
        `A ${values.role} must be an actor of kind ${actorKinds.join(', ')}; this one is ${actor.kind}.`,
      );
    }
    const link = {
      [ROLE_SUBJECT_COLUMNS[subject.kind]]: subject.id,
      actorId: values.actorId,
      role: values.role,
    };
    if (await tx.existsBy(ActorRoleEntity, link as FindOptionsWhere<ActorRoleEntity>)) {
      throw userError(
        UserErrorCode.DUPLICATE,
        null,
        'This actor already has this role on this record.',
      );
    }
    const role = await tx.save(tx.create(ActorRoleEntity, { ...link, note: values.note }));
    const record = await this.touch(tx, subject, changedBy, {
      actors: { old: null, new: roleSnapshot(role) },
    });
    return { role, record };
  }

  async removeActorRole(
    tx: EntityManager,
    roleId: string,
    changedBy: string,
  ): Promise<{ role: ActorRoleEntity; record: TouchedRecord }> {
    const role = await tx.findOne(ActorRoleEntity, { where: { id: roleId } });
    if (!role) {
      throw userError(UserErrorCode.NOT_FOUND, 'input.roleId', 'No actor role has this id.');
    }
    const kind = (Object.keys(ROLE_SUBJECT_COLUMNS) as RoleSubjectKind[]).find(
      (candidate) => role[ROLE_SUBJECT_COLUMNS[candidate]] !== null,
    )!;
    const subject = { kind, id: role[ROLE_SUBJECT_COLUMNS[kind]]! };
    await this.lockSubject(tx, subject);
    await tx.delete(ActorRoleEntity, { id: role.id });
    const record = await this.touch(tx, subject, changedBy, {
      actors: { old: roleSnapshot(role), new: null },
    });
    return { role, record };
  }

  private async lockSubject(tx: EntityManager, subject: Subject<string>): Promise<void> {
    const found = await tx.getRepository(nodeKinds()[subject.kind].entity).findOne({
      where: { id: subject.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) {
      throw userError(
        UserErrorCode.NOT_FOUND,
        'input.recordId',
        `No ${subject.kind} has this id, or it was deleted.`,
      );
    }
  }

  // UpdateQueryBuilder adds version + 1 whenever the version column is not set explicitly.
  private async touch(
    tx: EntityManager,
    subject: Subject<string>,
    changedBy: string,
    changes: FieldChanges,
  ): Promise<TouchedRecord> {
    const entity = nodeKinds()[subject.kind].entity;
    await tx
      .createQueryBuilder()
      .update(entity)
      .set({ updatedAt: () => 'CURRENT_TIMESTAMP' } as never)
      .where('id = :id', { id: subject.id })
      .execute();
    const record = (await tx
      .getRepository(entity)
      .findOneByOrFail({ id: subject.id })) as unknown as StoredRecord;
    await recordChange(tx, {
      recordKind: subject.kind,
      recordId: subject.id,
      action: ChangeAction.UPDATED,
      recordVersion: record.version,
      changedBy,
      changes,
    });
    return { kind: subject.kind, row: record };
  }
}
