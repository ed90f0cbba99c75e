import { Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

import { createRecordInputTypes } from '../../graphql/record-inputs';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDateInput } from '../../shared/fuzzy-date/fuzzy-date.input';
import { NAME_MAX, TEXT_MAX } from '../../shared/input-limits';
import { asIs, fuzzyDate, type ColumnMap } from '../../shared/record-write/input-columns';
import { IsNotLessThan } from '../../shared/validators';
import { TransferStatus, WeaponCategory } from './weapons-transfer.enums';

const QUANTITY_MAX = 100_000_000;

@InputType('WeaponsTransferFields', { description: 'Writable fields of a weapons transfer.' })
export class WeaponsTransferFields {
  @Field(() => String, {
    description: `Weapon system as reported, e.g. "Fath-360" (1 to ${NAME_MAX} characters).`,
  })
  @MinLength(1)
  @MaxLength(NAME_MAX)
  weaponSystem!: string;

  @Field(() => WeaponCategory, { description: 'Category (after SIPRI).' })
  category!: WeaponCategory;

  @Field(() => Int, {
    nullable: true,
    description: `Low estimate of the number of items (0 to ${QUANTITY_MAX}).`,
  })
  @Min(0)
  @Max(QUANTITY_MAX)
  quantityLow?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `High estimate (0 to ${QUANTITY_MAX}, not below quantityLow).`,
  })
  @Min(0)
  @Max(QUANTITY_MAX)
  @IsNotLessThan('quantityLow')
  quantityHigh?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Quantity in the words reported, e.g. "hundreds" (at most ${NAME_MAX} characters).`,
  })
  @MaxLength(NAME_MAX)
  quantityText?: string | null;

  @Field(() => TransferStatus, { description: 'What is known about the transfer.' })
  status!: TransferStatus;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was first reported.' })
  @ValidateNested()
  reported?: FuzzyDateInput | null;

  @Field(() => FuzzyDateInput, {
    nullable: true,
    description: 'When delivery happened or is expected.',
  })
  @ValidateNested()
  delivery?: FuzzyDateInput | null;

  @Field(() => String, {
    nullable: true,
    description: `What the weapons are for (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  purpose?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Training or other activity around it (at most ${TEXT_MAX} characters).`,
  })
  @MaxLength(TEXT_MAX)
  relatedActivity?: string | null;

  @Field(() => String, { nullable: true, description: `Details (at most ${TEXT_MAX} characters).` })
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @Field(() => Confidence, { description: 'How well established the transfer is.' })
  confidence!: Confidence;
}

export const WeaponsTransferInputs = createRecordInputTypes(
  WeaponsTransferFields,
  'WeaponsTransfer',
  'weapons transfer',
);

export const WEAPONS_TRANSFER_COLUMNS: ColumnMap = {
  weaponSystem: asIs,
  category: asIs,
  quantityLow: asIs,
  quantityHigh: asIs,
  quantityText: asIs,
  status: asIs,
  reported: fuzzyDate,
  delivery: fuzzyDate,
  purpose: asIs,
  relatedActivity: asIs,
  description: asIs,
  confidence: asIs,
};
