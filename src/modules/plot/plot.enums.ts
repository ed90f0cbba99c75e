import { registerDescribedEnum } from '../../shared/register-enum';

export enum PlotStatus {
  PLANNED = 'PLANNED',
  FOILED = 'FOILED',
  PARTIALLY_EXECUTED = 'PARTIALLY_EXECUTED',
  EXECUTED = 'EXECUTED',
  UNKNOWN = 'UNKNOWN',
}

registerDescribedEnum(PlotStatus, 'PlotStatus', 'How far a plot got.', {
  PLANNED: 'Planned or in preparation; not (yet) acted on as far as is known.',
  FOILED: 'Stopped by the authorities before it was carried out (GTD "unsuccessful", foiled).',
  PARTIALLY_EXECUTED: 'Some of its planned acts were carried out.',
  EXECUTED: 'Carried out.',
  UNKNOWN: 'Not reported.',
});

export enum TargetKind {
  JEWISH_COMMUNITY = 'JEWISH_COMMUNITY',
  ISRAELI_NATIONALS = 'ISRAELI_NATIONALS',
  ISRAELI_BUSINESSES = 'ISRAELI_BUSINESSES',
  DISSIDENTS = 'DISSIDENTS',
  OPPOSITION_GATHERING = 'OPPOSITION_GATHERING',
  JOURNALISTS = 'JOURNALISTS',
  POLITICIANS = 'POLITICIANS',
  DIPLOMATS = 'DIPLOMATS',
  GOVERNMENT = 'GOVERNMENT',
  MILITARY = 'MILITARY',
  BUSINESSES = 'BUSINESSES',
  CIVILIANS = 'CIVILIANS',
  OTHER = 'OTHER',
}

registerDescribedEnum(TargetKind, 'TargetKind', 'Kinds of target (after GTD targtype1).', {
  JEWISH_COMMUNITY:
    'Jewish people, homes, synagogues or community institutions (GTD 15 "Religious Figures/Institutions" or 14 "Private Citizens & Property").',
  ISRAELI_NATIONALS:
    'Israeli citizens, including dual nationals (GTD 14 "Private Citizens & Property").',
  ISRAELI_BUSINESSES: 'Israeli-owned or Israel-linked companies (GTD 1 "Business").',
  DISSIDENTS: 'Exiled opponents, activists and critics of the sponsoring state (GTD 14).',
  OPPOSITION_GATHERING:
    'A rally or meeting of an opposition movement (GTD 14 / 20 "Unknown" crowds).',
  JOURNALISTS: 'Journalists and media workers (GTD 10 "Journalists & Media").',
  POLITICIANS: 'Elected or former politicians (GTD 2 "Government (General)").',
  DIPLOMATS: 'Diplomats and missions (GTD 7 "Government (Diplomatic)").',
  GOVERNMENT: 'Government officials and buildings (GTD 2).',
  MILITARY: 'Armed forces (GTD 4 "Military").',
  BUSINESSES: 'Businesses not covered by another value (GTD 1 "Business").',
  CIVILIANS: 'The general public (GTD 14 "Private Citizens & Property").',
  OTHER: 'Any other target (GTD 13 "Other").',
});
