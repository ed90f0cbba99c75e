import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { MAX_PAGE_SIZE, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Node } from '../../graphql/node';
import { DateTimeScalar } from '../../graphql/scalars';
import { nodeKinds } from '../node';
import { ChangeEvent, ChangeEventConnection } from './change-event.type';
import { RECORD_KIND_TYPE_NAMES, RecordKind } from './record-kind.enum';
import { SyncService } from './sync.service';

@ArgsType()
export class ChangesArgs {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Only changes made at or after this instant. For a first pull; afterwards resume with after, which never skips a change.',
  })
  since?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The endCursor of your previous page: continue right after it. Keep the last non-null endCursor between runs.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size. Default 20, maximum ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => [RecordKind], {
    nullable: true,
    description: 'Only these kinds of record; all kinds when left out.',
  })
  kinds?: RecordKind[] | null;
}

@Resolver(() => ChangeEvent)
export class SyncResolver {
  private readonly service = new SyncService();

  @Query(() => ChangeEventConnection, {
    description:
      'Every create, update, delete and restore, in a stable order, for partners to mirror the data: pull with first/after until hasNextPage is false, keep endCursor, and resume from it later. A change appears only once its transaction and every older one have finished, so the feed may lag a running transaction by a moment but never skips a change. Relay connection: default 20 per page, maximum 100.',
  })
  changes(
    @Args(() => ChangesArgs) args: ChangesArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ChangeEvent>> {
    return this.service.changes(
      ctx.db,
      { since: args.since, kinds: args.kinds?.map((kind) => RECORD_KIND_TYPE_NAMES[kind]) },
      { first: args.first, after: args.after },
    );
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The record as it is now; null when it is deleted (then drop it from your copy).',
  })
  async record(@Root() event: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    const kind = nodeKinds()[event.typeName];
    const row = await ctx.loaders.byId(kind.entity).load(event.rowId);
    return row ? kind.toNode(row as never) : null;
  }
}
