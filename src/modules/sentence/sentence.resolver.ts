import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { createEventRelationsResolver } from '../actor';
import { Arrest, ArrestEntity, toArrest } from '../arrest';
import { Plot, PlotEntity, toPlot } from '../plot';
import { SentenceListArgs } from './sentence.args';
import { SentenceService } from './sentence.service';
import { Sentence, SentenceConnection } from './sentence.type';

@Resolver(() => Sentence)
export class SentenceResolver extends createEventRelationsResolver(Sentence, 'Sentence') {
  private readonly service = new SentenceService();

  @Query(() => SentenceConnection, {
    description:
      'Sentences, most recent first. Relay connection: default 20 per page, maximum 100.',
  })
  sentences(
    @Args(() => SentenceListArgs) args: SentenceListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Sentence>> {
    return this.service.list(ctx.db, args);
  }

  @FieldResolver(() => Arrest, {
    nullable: true,
    description: 'The arrest that led to this sentence, if recorded.',
  })
  arrest(@Root() sentence: Sentence, @Ctx() ctx: Context): Arrest | null | Promise<Arrest | null> {
    return ctx.loaders.toOne(ArrestEntity, sentence.arrestId, toArrest);
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot it relates to, if any.' })
  plot(@Root() sentence: Sentence, @Ctx() ctx: Context): Plot | null | Promise<Plot | null> {
    return ctx.loaders.toOne(PlotEntity, sentence.plotId, toPlot);
  }
}
