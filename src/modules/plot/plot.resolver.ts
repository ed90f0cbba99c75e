import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { lazy, type Lazy } from '../../shared/lazy';
import { relationByForeignKey } from '../../shared/nested';
import { createEventRelationsResolver } from '../actor';
import { ARREST_LIST, ArrestConnection, ArrestConnectionArgs, type Arrest } from '../arrest';
import {
  INCIDENT_LIST,
  IncidentConnection,
  IncidentConnectionArgs,
  type Incident,
} from '../incident';
import {
  SANCTION_LIST,
  SanctionConnection,
  SanctionConnectionArgs,
  type Sanction,
} from '../sanction';
import {
  SENTENCE_LIST,
  SentenceConnection,
  SentenceConnectionArgs,
  type Sentence,
} from '../sentence';
import { PlotListArgs } from './plot.args';
import { PlotService } from './plot.service';
import { Plot, PlotConnection } from './plot.type';

const INCIDENTS_OF_PLOT = lazy(() => relationByForeignKey(INCIDENT_LIST, 'incidents', 'plotId'));
const ARRESTS_OF_PLOT = lazy(() => relationByForeignKey(ARREST_LIST, 'arrests', 'plotId'));
const SENTENCES_OF_PLOT = lazy(() => relationByForeignKey(SENTENCE_LIST, 'sentences', 'plotId'));
const SANCTIONS_OF_PLOT = lazy(() => relationByForeignKey(SANCTION_LIST, 'sanctions', 'plotId'));

@Resolver(() => Plot)
export class PlotResolver extends createEventRelationsResolver(Plot, 'Plot') {
  private readonly service = new PlotService();

  @Query(() => PlotConnection, {
    description:
      'Plots, most recent start first. Relay connection: default 20 per page, maximum 100.',
  })
  plots(@Args(() => PlotListArgs) args: PlotListArgs, @Ctx() ctx: Context): Promise<Page<Plot>> {
    return this.service.list(ctx.db, args);
  }

  @FieldResolver(() => IncidentConnection, {
    description:
      'Incidents that belong to the plot, most recent first. Relay connection: default 20, maximum 100.',
  })
  incidents(
    @Root() plot: Plot,
    @Args(() => IncidentConnectionArgs) args: Lazy<IncidentConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Incident>> {
    return ctx.loaders.nested(INCIDENTS_OF_PLOT(), args).load(plot.rowId);
  }

  @FieldResolver(() => ArrestConnection, {
    description:
      'Arrests related to the plot, most recent first. Relay connection: default 20, maximum 100.',
  })
  arrests(
    @Root() plot: Plot,
    @Args(() => ArrestConnectionArgs) args: Lazy<ArrestConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Arrest>> {
    return ctx.loaders.nested(ARRESTS_OF_PLOT(), args).load(plot.rowId);
  }

  @FieldResolver(() => SentenceConnection, {
    description:
      'Sentences related to the plot, most recent first. Relay connection: default 20, maximum 100.',
  })
  sentences(
    @Root() plot: Plot,
    @Args(() => SentenceConnectionArgs) args: Lazy<SentenceConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Sentence>> {
    return ctx.loaders.nested(SENTENCES_OF_PLOT(), args).load(plot.rowId);
  }

  @FieldResolver(() => SanctionConnection, {
    description:
      'Sanctions responding to the plot, most recent first. Relay connection: default 20, maximum 100.',
  })
  sanctions(
    @Root() plot: Plot,
    @Args(() => SanctionConnectionArgs) args: Lazy<SanctionConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Sanction>> {
    return ctx.loaders.nested(SANCTIONS_OF_PLOT(), args).load(plot.rowId);
  }
}
