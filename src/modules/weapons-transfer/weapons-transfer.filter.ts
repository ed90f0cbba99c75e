import { Field, InputType } from 'type-graphql';

import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { ConfidenceFilter } from '../../shared/filter/confidence-filter';
import { column, comparable, fuzzyDate, toMany } from '../../shared/filter/field-compilers';
import type { FilterSpec } from '../../shared/filter/filter-builder';
import {
  createEnumFilter,
  FuzzyDateFilter,
  IntFilter,
  StringFilter,
} from '../../shared/filter/operators';
import { RecordFilter, recordFilterSpec } from '../../shared/filter/record-filter';
import type { Lazy } from '../../shared/lazy';
import { actorInRole, ActorFilter, ActorRoleListFilter, rolesOf } from '../actor';
import { SanctionListFilter, sanctionFilterSpec } from '../sanction';
import { citationsOf, CitationListFilter } from '../source';
import { TransferStatus, WeaponCategory } from './weapons-transfer.enums';

export const WeaponCategoryFilter = createEnumFilter(WeaponCategory, 'WeaponCategory');
export const TransferStatusFilter = createEnumFilter(TransferStatus, 'TransferStatus');

@InputType('WeaponsTransferFilter', {
  description:
    'Conditions on weapons transfers; fields are ANDed. Example: { supplier: { name: { eq: "Iran" } }, recipient: { name: { eq: "Russia" } } }.',
})
export class WeaponsTransferFilter extends RecordFilter {
  @Field(() => StringFilter, {
    nullable: true,
    description: 'By weapon system, e.g. { contains: "Fath" }.',
  })
  weaponSystem?: StringFilter;

  @Field(() => WeaponCategoryFilter, { nullable: true, description: 'By category.' })
  category?: InstanceType<typeof WeaponCategoryFilter>;

  @Field(() => TransferStatusFilter, { nullable: true, description: 'By what is known about it.' })
  status?: InstanceType<typeof TransferStatusFilter>;

  @Field(() => IntFilter, { nullable: true, description: 'By the low estimate of the quantity.' })
  quantityLow?: IntFilter;

  @Field(() => IntFilter, { nullable: true, description: 'By the high estimate of the quantity.' })
  quantityHigh?: IntFilter;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By when it was reported.' })
  reported?: FuzzyDateFilter;

  @Field(() => FuzzyDateFilter, { nullable: true, description: 'By delivery date.' })
  delivery?: FuzzyDateFilter;

  @Field(() => ConfidenceFilter, { nullable: true, description: 'By how well established it is.' })
  confidence?: ConfidenceFilter;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role SUPPLIER matches.',
  })
  supplier?: Lazy<ActorFilter>;

  @Field(() => ActorFilter, {
    nullable: true,
    description: 'Some actor in the role RECIPIENT matches.',
  })
  recipient?: Lazy<ActorFilter>;

  @Field(() => ActorRoleListFilter, { nullable: true, description: 'By actors in any role.' })
  actors?: InstanceType<typeof ActorRoleListFilter>;

  @Field(() => CitationListFilter, {
    nullable: true,
    description: 'By cited sources and their stance, e.g. { some: { stance: { eq: DENIES } } }.',
  })
  citations?: InstanceType<typeof CitationListFilter>;

  @Field(() => SanctionListFilter, {
    nullable: true,
    description: 'By sanctions responding to the transfer.',
  })
  sanctions?: InstanceType<typeof SanctionListFilter>;

  @Field(() => [WeaponsTransferFilter], { nullable: true, description: 'All of these conditions.' })
  and?: WeaponsTransferFilter[];

  @Field(() => [WeaponsTransferFilter], {
    nullable: true,
    description: 'Any of these conditions; an empty list matches nothing.',
  })
  or?: WeaponsTransferFilter[];

  @Field(() => WeaponsTransferFilter, { nullable: true, description: 'Not this condition.' })
  not?: WeaponsTransferFilter;
}

export const weaponsTransferFilterSpec: FilterSpec<WeaponsTransferFilter> = {
  ...recordFilterSpec('WeaponsTransfer'),
  weaponSystem: comparable(column('weaponSystem')),
  category: comparable(column('category')),
  status: comparable(column('status')),
  quantityLow: comparable(column('quantityLow')),
  quantityHigh: comparable(column('quantityHigh')),
  reported: fuzzyDate('reported'),
  delivery: fuzzyDate('delivery'),
  confidence: comparable(column('confidence')),
  supplier: actorInRole('weaponsTransferId', ActorRoleKind.SUPPLIER),
  recipient: actorInRole('weaponsTransferId', ActorRoleKind.RECIPIENT),
  actors: rolesOf('weaponsTransferId'),
  citations: citationsOf('weaponsTransferId'),
  sanctions: toMany(
    { table: 'sanctions', softDelete: true },
    'weaponsTransferId',
    () => sanctionFilterSpec,
  ),
};
