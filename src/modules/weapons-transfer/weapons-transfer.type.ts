import { Field, Int, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { Confidence } from '../../shared/confidence.enum';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { WeaponsTransferEntity } from './weapons-transfer.entity';
import { TransferStatus, WeaponCategory } from './weapons-transfer.enums';

@ObjectType('WeaponsTransfer', {
  implements: Node,
  description:
    'A transfer of weapons from a supplier (role SUPPLIER) to a recipient (role RECIPIENT), usually states.',
})
export class WeaponsTransfer extends RecordType {
  @Field(() => String, { description: 'Weapon system as reported, e.g. "Fath-360".' })
  weaponSystem!: string;

  @Field(() => WeaponCategory, { description: 'Category (after SIPRI).' })
  category!: WeaponCategory;

  @Field(() => Int, { nullable: true, description: 'Low estimate of the number of items.' })
  quantityLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'High estimate of the number of items.' })
  quantityHigh!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Quantity in the words reported, e.g. "hundreds".',
  })
  quantityText!: string | null;

  @Field(() => TransferStatus, { description: 'What is known about the transfer.' })
  status!: TransferStatus;

  @Field(() => FuzzyDate, { nullable: true, description: 'When the transfer was first reported.' })
  reported!: FuzzyDate | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'When delivery happened or is expected.' })
  delivery!: FuzzyDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the weapons are for, e.g. the war in Ukraine.',
  })
  purpose!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Training or other activity around the transfer.',
  })
  relatedActivity!: string | null;

  @Field(() => String, { nullable: true, description: 'Details, in a few sentences.' })
  description!: string | null;

  @Field(() => Confidence, { description: 'How well established the transfer is.' })
  confidence!: Confidence;
}

export const toWeaponsTransfer = (row: WeaponsTransferEntity): WeaponsTransfer =>
  Object.assign(new WeaponsTransfer(), recordFields('WeaponsTransfer', row, toGlobalId), {
    weaponSystem: row.weaponSystem,
    category: row.category,
    quantityLow: row.quantityLow,
    quantityHigh: row.quantityHigh,
    quantityText: row.quantityText,
    status: row.status,
    reported: toFuzzyDate(row.reported),
    delivery: toFuzzyDate(row.delivery),
    purpose: row.purpose,
    relatedActivity: row.relatedActivity,
    description: row.description,
    confidence: row.confidence,
  });

export const WeaponsTransferConnection = createConnectionType(
  WeaponsTransfer,
  'WeaponsTransfer',
  'weapons transfers',
);
