import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { SourceListArgs } from './source.args';
import { SourceService } from './source.service';
import { Source, SourceConnection } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  private readonly service = new SourceService();

  @Query(() => SourceConnection, {
    description:
      'Sources, newest publication first. Relay connection: default 20 per page, maximum 100.',
  })
  sources(
    @Args(() => SourceListArgs) args: SourceListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Source>> {
    return this.service.list(ctx.db, args);
  }
}
