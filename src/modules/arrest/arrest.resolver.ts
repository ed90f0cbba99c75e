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
  place(@Root() arrest: Arrest, @Ctx() ctx: Context): Place | null | Promise<Place | null> {
    return ctx.loaders.toOne(PlaceEntity, arrest.placeId, toPlace);
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot it relates to, if any.' })
  plot(@Root() arrest: Arrest, @Ctx() ctx: Context): Plot | null | Promise<Plot | null> {
    return ctx.loaders.toOne(PlotEntity, arrest.plotId, toPlot);
  }

  @FieldResolver(() => Incident, {
    nullable: true,
    description: 'The incident it relates to, if any.',
  })
  incident(
    @Root() arrest: Arrest,
    @Ctx() ctx: Context,
  ): Incident | null | Promise<Incident | null> {
    return ctx.loaders.toOne(IncidentEntity, arrest.incidentId, toIncident);
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
