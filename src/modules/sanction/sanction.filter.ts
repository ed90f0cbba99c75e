import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import {
  arrayColumn,
  column,
  comparable,
  fuzzyDate,
  toOne,
} from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  createEnumFilter,
  createEnumListFilter,
  FuzzyDateFilter,
  StringFilter,
} from '../../shared/filter/operators';
import {
  createListFilter,
  RecordFilter,
  recordFilterSpec,
} from '../../shared/filter/record-filter';
import type { Lazy } from '../../shared/lazy';
import { actorInRole, ActorFilter, ActorRoleListFilter, rolesOf } from '../actor';
import { PlotFilter, plotFilterSpec } from '../plot';
import { citationsOf, CitationListFilter } from '../source';
import { WeaponsTransferFilter, weaponsTransferFilterSpec } from '../weapons-transfer';
import { SanctionMeasure, SanctionStatus } from './sanction.enums';

export const SanctionStatusFilter = createEnumFilter(SanctionStatus, 'SanctionStatus');
export const SanctionMeasureListFilter = createEnumListFilter(SanctionMeasure, 'SanctionMeasure');

@InputType('SanctionFilter', { description: 'Conditions on sanctions; fields are ANDed.' })
export class SanctionFilter extends RecordFilter {
  @Field(() => StringFilter, { nullable: true, description: 'By title.' })
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By regime or programme.' })
  regime?: StringFilter;

  @Field(() => SanctionMeasureListFilter, {
    nullable: true,
    description: 'By measures, e.g. { contains: [ASSET_FREEZE] }.',
  })
  measures?: InstanceType<typeof SanctionMeasureListFilter>;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when it was imposed.' })
  imposed?: FuzzyDateFilter;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when it was lifted.' })
  lifted?: FuzzyDateFilter;

  @Field(() => SanctionStatusFilter, { nullable: true, description: 'By whether it is in force.' })
  status?: InstanceType<typeof SanctionStatusFilter>;

  @Field(() => ConfidenceFilter, { nullable: true, description: 'By how well established it is.' })
  confidence?: ConfidenceFilter;

  @Field(() => PlotFilter, { nullable: true, description: 'By the plot it responds to.' })
  plot?: Lazy<PlotFilter>;

  @Field(() => WeaponsTransferFilter, {
    nullable: true,
    description: 'By the weapons transfer it responds to.',
  })
  weaponsTransfer?: Lazy<WeaponsTransferFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role IMPOSING_AUTHORITY matches.',
  })
  imposedBy?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role SANCTIONED_PARTY matches.',
  })
  sanctionedParty?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => [SanctionFilter], { nullable: true, description: 'All of these conditions.' })
  and?: SanctionFilter[];

  @Field(() => [SanctionFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: SanctionFilter[];

  @Field(() => SanctionFilter, { nullable: true, description: 'Not this condition.' })
  not?: SanctionFilter;
}

export const SanctionListFilter = createListFilter(SanctionFilter, 'Sanction', 'sanctions');

export const sanctionFilterSpec: FilterSpec<SanctionFilter> = {
  ...recordFilterSpec('Sanction'),
  title: comparable(column('title')),
  regime: comparable(column('regime')),
  measures: arrayColumn(column('measures'), 'sanction_measure'),
  imposed: fuzzyDate('imposed'),
  lifted: fuzzyDate('lifted'),
  status: comparable(column('status')),
  confidence: comparable(column('confidence')),
  plot: toOne({ table: 'plots', softDelete: true }, 'plotId', () => plotFilterSpec),
  weaponsTransfer: toOne(
    { table: 'weapons_transfers', softDelete: true },
    'weaponsTransferId',
    () => weaponsTransferFilterSpec,
  ),
  imposedBy: actorInRole('sanctionId', ActorRoleKind.IMPOSING_AUTHORITY),
  sanctionedParty: actorInRole('sanctionId', ActorRoleKind.SANCTIONED_PARTY),
  actors: rolesOf('sanctionId'),
  citations: citationsOf('sanctionId'),
};
