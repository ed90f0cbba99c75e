import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import { ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { ChangeLogEntity } from '../../shared/change-log/change-log.entity';
import type { NestedDefinition } from '../../shared/nested';
import type { RecordType } from '../../shared/record.type';
import { Actor } from '../actor';
import { Arrest } from '../arrest';
import { Incident } from '../incident';
import { Place } from '../place';
import { Plot } from '../plot';
import { Sanction } from '../sanction';
import { Sentence } from '../sentence';
import { Source } from '../source';
import { WeaponsTransfer } from '../weapons-transfer';
import { type ChangeEvent, ChangeEventConnection, toChangeEvent } from './change-event.type';

// One definition per kind; kind names come from the fixed list below, never from clients.
function historyOf(kind: string): NestedDefinition<ChangeLogEntity, object, never, ChangeEvent> {
  return {
    name: `history.${kind}`,
    entity: ChangeLogEntity,
    table: 'change_log',
    softDelete: false,
    link: (row, parent) => `"${row}"."recordId" = ${parent} AND "${row}"."recordKind" = '${kind}'`,
    // Entry ids follow a sequence, so the id tie-breaker alone gives the order of changes.
    sortKeys: {},
    defaultOrder: [],
    toNode: toChangeEvent,
  };
}

/** `history` on one record kind: its change-log entries, oldest first. */
export function createHistoryResolver<T extends RecordType>(TypeClass: ClassType<T>, kind: string) {
  const definition = historyOf(kind);

  @Resolver(() => TypeClass)
  class HistoryResolver {
    @FieldResolver(() => ChangeEventConnection, {
      description:
        'Every create, update, delete and restore of this record, oldest first, with who, when and the changed fields. Relay connection: default 20 per page, maximum 100.',
    })
    history(
      @Root() record: T,
      @Args(() => ConnectionArgs) args: ConnectionArgs,
      @Ctx() ctx: Context,
    ): Promise<Page<ChangeEvent>> {
      return ctx.loaders.nested(definition, args).load(record.rowId);
    }
  }
  return HistoryResolver;
}

export const HISTORY_RESOLVERS = [
  createHistoryResolver(Actor, 'Actor'),
  createHistoryResolver(Place, 'Place'),
  createHistoryResolver(Source, 'Source'),
  createHistoryResolver(Plot, 'Plot'),
  createHistoryResolver(Incident, 'Incident'),
  createHistoryResolver(Arrest, 'Arrest'),
  createHistoryResolver(Sentence, 'Sentence'),
  createHistoryResolver(Sanction, 'Sanction'),
  createHistoryResolver(WeaponsTransfer, 'WeaponsTransfer'),
];
