import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { lazy, type Lazy } from '../../shared/lazy';
import { relationByForeignKey } from '../../shared/nested';
import { createEventRelationsResolver } from '../actor';
import { ARREST_LIST, ArrestConnection, ArrestConnectionArgs, type Arrest } from '../arrest';
import { Place, PlaceEntity, toPlace } from '../place';
import { Plot, PlotEntity, toPlot } from '../plot';
import { IncidentListArgs } from './incident.args';
import { INCIDENT_LIST, IncidentService } from './incident.service';
import { Incident, IncidentConnection } from './incident.type';

const ARRESTS_OF_INCIDENT = lazy(() => relationByForeignKey(ARREST_LIST, 'arrests', 'incidentId'));

@Resolver(() => Incident)
export class IncidentResolver extends createEventRelationsResolver(Incident, 'Incident') {
  private readonly service = new IncidentService();

  @Query(() => IncidentConnection, {
    description:
      'Incidents, most recent first. Relay connection: default 20 per page, maximum 100.',
  })
  incidents(
    @Args(() => IncidentListArgs) args: IncidentListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Incident>> {
    return this.service.list(ctx.db, args, ctx.loaders.listSelection(INCIDENT_LIST, info));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it happened.' })
  place(
    @Root() incident: Incident,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Place | null | Promise<Place | null> {
    return ctx.loaders.toOne(PlaceEntity, incident.placeId, toPlace, info);
  }

  @FieldResolver(() => Plot, { nullable: true, description: 'The plot it belongs to, if any.' })
  plot(
    @Root() incident: Incident,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Plot | null | Promise<Plot | null> {
    return ctx.loaders.toOne(PlotEntity, incident.plotId, toPlot, info);
  }

  @FieldResolver(() => ArrestConnection, {
    description:
      'Arrests related to the incident, most recent first. Relay connection: default 20, maximum 100.',
  })
  arrests(
    @Root() incident: Incident,
    @Args(() => ArrestConnectionArgs) args: Lazy<ArrestConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Arrest>> {
    return ctx.loaders.nested(ARRESTS_OF_INCIDENT(), args).load(incident.rowId);
  }
}
