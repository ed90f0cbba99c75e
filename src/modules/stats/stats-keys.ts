import { CountryCodeScalar } from '../../graphql/scalars';
import type { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Confidence } from '../../shared/confidence.enum';
import {
  actorsInRole,
  columnKey,
  loadedAs,
  relatedValues,
  type InheritedRole,
} from '../../shared/stats/stats-keys';
import type { StatsKey } from '../../shared/stats/stats-spec';
import { Actor, ActorEntity, toActor } from '../actor';
import { Plot, PlotEntity, toPlot } from '../plot';

// Keys several kinds share, built on the generic builders in shared/stats.

/** The actors in `role` on the record, each its own bucket (null: none recorded). */
export function actorKey(
  field: string,
  subjectColumn: string,
  role: ActorRoleKind,
  description: string,
  inherit?: InheritedRole,
): StatsKey {
  return {
    field,
    type: () => Actor,
    description: `${description} A record with two such actors counts once in each one's bucket; buckets are sorted by actor name.`,
    reference: loadedAs(ActorEntity, toActor),
    values: actorsInRole(subjectColumn, role, inherit),
  };
}

/** The plot the record belongs to (sorted by plot name). */
export function plotKey(what: string): StatsKey {
  return {
    field: 'plot',
    type: () => Plot,
    description: `The plot ${what} belongs to; null when none. Buckets are sorted by plot name.`,
    reference: loadedAs(PlotEntity, toPlot),
    values: relatedValues('plots', 'plotId', 'id', 'name'),
  };
}

/** Country (ISO 3166-1 alpha-2) of the record's place. */
export function placeCountryKey(what: string): StatsKey {
  return {
    field: 'country',
    type: () => CountryCodeScalar,
    description: `Country of the place of ${what} (ISO 3166-1 alpha-2); null when no place is recorded.`,
    values: relatedValues('places', 'placeId', 'countryCode'),
  };
}

export function confidenceKey(what: string): StatsKey {
  return columnKey(
    'confidence',
    'confidence',
    () => Confidence,
    `How well established ${what} is.`,
  );
}
