import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { lazy, type Lazy } from '../../shared/lazy';
import { relationByForeignKey } from '../../shared/nested';
import { ARREST_LIST, ArrestConnection, ArrestConnectionArgs, type Arrest } from '../arrest';
import {
  INCIDENT_LIST,
  IncidentConnection,
  IncidentConnectionArgs,
  type Incident,
} from '../incident';
import { createCitationsResolver } from '../source';
import { PlaceListArgs } from './place.args';
import { PlaceService } from './place.service';
import { Place, PlaceConnection } from './place.type';

const INCIDENTS_OF_PLACE = lazy(() => relationByForeignKey(INCIDENT_LIST, 'incidents', 'placeId'));
const ARRESTS_OF_PLACE = lazy(() => relationByForeignKey(ARREST_LIST, 'arrests', 'placeId'));

@Resolver(() => Place)
export class PlaceResolver extends createCitationsResolver(Place, 'Place') {
  private readonly service = new PlaceService();

  @Query(() => PlaceConnection, {
    description: 'Places, by name. Relay connection: default 20 per page, maximum 100.',
  })
  places(
    @Args(() => PlaceListArgs) args: PlaceListArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Place>> {
    return this.service.list(ctx.db, args);
  }

  @FieldResolver(() => IncidentConnection, {
    description:
      'Incidents at this place, most recent first. Relay connection: default 20, maximum 100.',
  })
  incidents(
    @Root() place: Place,
    @Args(() => IncidentConnectionArgs) args: Lazy<IncidentConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Incident>> {
    return ctx.loaders.nested(INCIDENTS_OF_PLACE(), args).load(place.rowId);
  }

  @FieldResolver(() => ArrestConnection, {
    description:
      'Arrests at this place, most recent first. Relay connection: default 20, maximum 100.',
  })
  arrests(
    @Root() place: Place,
    @Args(() => ArrestConnectionArgs) args: Lazy<ArrestConnectionArgs>,
    @Ctx() ctx: Context,
  ): Promise<Page<Arrest>> {
    return ctx.loaders.nested(ARRESTS_OF_PLACE(), args).load(place.rowId);
  }
}
