import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import { ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
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
import { type ChangeEvent, ChangeEventConnection } from './change-event.type';
import { SyncService } from './sync.service';

const service = new SyncService();

/** `history` on one record kind: its change-log entries, oldest first. */
export function createHistoryResolver<T extends RecordType>(TypeClass: ClassType<T>, kind: string) {
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
      return service.history(ctx.db, kind, record.rowId, args);
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
