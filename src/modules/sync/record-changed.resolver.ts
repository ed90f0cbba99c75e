import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { Loaders } from '../../shared/loaders';
import { ChangeEvent } from './change-event.type';
import { RECORD_CHANGED } from './change-notifier';
import { RecordKind } from './record-kind.enum';

interface RecordChangedArgs {
  kinds?: RecordKind[] | null;
}

@Resolver(() => ChangeEvent)
export class RecordChangedResolver {
  @Subscription(() => ChangeEvent, {
    topics: RECORD_CHANGED,
    filter: ({ payload, args }: { payload: ChangeEvent; args: RecordChangedArgs }) =>
      !args.kinds || args.kinds.includes(payload.kind),
    description:
      'Every create, update, delete and restore as it is committed, for dashboards (over the graphql-ws protocol on the /graphql WebSocket; anonymous clients may subscribe). Events of a transaction arrive only after it commits; changes made while a client is disconnected are not replayed: catch up with changes(after:). Limited and priced as a query: its cost is taken from the hourly budget when it starts and again for every event it is sent, and one connection holds a limited number of subscriptions (10 by default; TOO_MANY_SUBSCRIPTIONS).',
  })
  recordChanged(
    @Root() event: ChangeEvent,
    @Arg('kinds', () => [RecordKind], {
      nullable: true,
      description: 'Only changes to these kinds of record; all kinds when left out.',
    })
    _kinds: RecordKind[] | null,
    @Ctx() ctx: Context,
  ): ChangeEvent {
    // A subscription's context lives as long as the subscription: fresh loaders per event, so
    // `record` shows the record as it is now, not as it was at the first event.
    ctx.loaders = new Loaders(ctx.db);
    return event;
  }
}
