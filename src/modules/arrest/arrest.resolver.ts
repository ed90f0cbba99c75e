import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { lazy, type Lazy } from '../../shared/lazy';
import { relationByForeignKey } from '../../shared/nested';
import { createEventRelationsResolver } from '../actor';
import { Incident, IncidentEntity, toIncident } from '../incident';
import { Place, PlaceEntity, toPlace } from '../place';
import { Plot, PlotEntity, toPlot } from '../plot';
import {
  SENTENCE_LIST,
  SentenceConnection,
  SentenceConnectionArgs,
  type Sentence,
} from '../sentence';
import { ArrestListArgs } from './arrest.args';
import { ArrestService } from './arrest.service';
import { Arrest, ArrestConnection } from './arrest.type';

const SENTENCES_OF_ARREST = lazy(() =>
  relationByForeignKey(SENTENCE_LIST, 'sentences', 'arrestId'),
);

@Resolver(() => Arrest)
export class ArrestResolver extends createEventRelationsResolver(Arrest, 'Arrest') {
  private readonly service = new ArrestService();

  @Query(() => ArrestConnection, {
    description: 'Arrests, most recent first. Relay connection: default 20 per page, maximum 100.',
  })
  arrests(
    @Args(() => ArrestListArgs) args: ArrestListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Arrest>> {
    return this.service.list(ctx.db, args);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where the arrest took place.' })
  async place(@Root() arrest: Arrest, @Ctx() ctx: Context): Promise<Place | null> {
    const row = arrest.placeId ? await ctx.loaders.byId(PlaceEntity).load(arrest.placeId) : null;
    return row ? toPlace(row) : null;
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot it relates to, if any.' })
  async plot(@Root() arrest: Arrest, @Ctx() ctx: Context): Promise<Plot | null> {
    const row = arrest.plotId ? await ctx.loaders.byId(PlotEntity).load(arrest.plotId) : null;
    return row ? toPlot(row) : null;
  }

  @FieldResolver(() => Incident, {
    nullable: true,
    description: 'The incident it relates to, if any.',
  })
  async incident(@Root() arrest: Arrest, @Ctx() ctx: Context): Promise<Incident | null> {
    const row = arrest.incidentId
      ? await ctx.loaders.byId(IncidentEntity).load(arrest.incidentId)
      : null;
    return row ? toIncident(row) : null;
  }

  @FieldResolver(() => SentenceConnection, {
    description:
      'Sentences that followed the arrest, most recent first. Relay connection: default 20, maximum 100.',
  })
  sentences(
    @Root() arrest: Arrest,
    @Args(() => SentenceConnectionArgs) args: Lazy<SentenceConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Sentence>> {
    return ctx.loaders.nested(SENTENCES_OF_ARREST(), args).load(arrest.rowId);
  }
}
