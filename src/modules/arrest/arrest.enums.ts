import { registerDescribedEnum } from '../../shared/register-enum';

export enum CustodyOutcome {
  DETAINED_PENDING_TRIAL = 'DETAINED_PENDING_TRIAL',
  CHARGED_AND_RELEASED = 'CHARGED_AND_RELEASED',
  RELEASED = 'RELEASED',
  RELEASED_ON_PROBATION = 'RELEASED_ON_PROBATION',
  EXTRADITED = 'EXTRADITED',
  DEPORTED = 'DEPORTED',
  CONVICTED = 'CONVICTED',
  UNKNOWN = 'UNKNOWN',
}

registerDescribedEnum(
  CustodyOutcome,
  'CustodyOutcome',
  'What happened to the arrested person after the arrest.',
  {
    DETAINED_PENDING_TRIAL: 'Charged and held in pre-trial detention.',
    CHARGED_AND_RELEASED: 'Charged but released under judicial supervision.',
    RELEASED: 'Released without charge.',
    RELEASED_ON_PROBATION: 'Released under probation or conditions.',
    EXTRADITED: 'Handed over to another country.',
    DEPORTED: 'Expelled from the country.',
    CONVICTED: 'Tried and convicted (see the linked sentence).',
    UNKNOWN: 'Not reported.',
  },
);
