import { registerDescribedEnum } from '../../shared/register-enum';

export enum SanctionStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  LIFTED = 'LIFTED',
  EXPIRED = 'EXPIRED',
}

registerDescribedEnum(SanctionStatus, 'SanctionStatus', 'Whether a sanction is in force.', {
  PROPOSED: 'Announced, threatened or proposed; not (yet) adopted.',
  ACTIVE: 'In force.',
  LIFTED: 'Lifted or revoked before its end.',
  EXPIRED: 'Ran out at its end date.',
});

export enum SanctionMeasure {
  ASSET_FREEZE = 'ASSET_FREEZE',
  TRAVEL_BAN = 'TRAVEL_BAN',
  ARMS_EMBARGO = 'ARMS_EMBARGO',
  EXPORT_BAN = 'EXPORT_BAN',
  IMPORT_BAN = 'IMPORT_BAN',
  FINANCIAL_RESTRICTIONS = 'FINANCIAL_RESTRICTIONS',
  AVIATION_BAN = 'AVIATION_BAN',
  DIPLOMATIC = 'DIPLOMATIC',
  OTHER = 'OTHER',
}

registerDescribedEnum(
  SanctionMeasure,
  'SanctionMeasure',
  'A restrictive measure (after OpenSanctions / EU sanctions map topics).',
  {
    ASSET_FREEZE: 'Freeze of funds and economic resources.',
    TRAVEL_BAN: 'Entry or transit ban.',
    ARMS_EMBARGO: 'Ban on arms sales or transfers.',
    EXPORT_BAN: 'Ban on exporting goods or technology (e.g. drone or missile parts).',
    IMPORT_BAN: 'Ban on imports from the target.',
    FINANCIAL_RESTRICTIONS: 'Restrictions on banking, investment or financial services.',
    AVIATION_BAN: 'Ban on flights or on servicing aircraft.',
    DIPLOMATIC: 'Expulsions or downgraded relations.',
    OTHER: 'Any other measure; see the description.',
  },
);
