import { registerDescribedEnum } from '../../shared/register-enum';

export enum SentenceStatus {
  FIRST_INSTANCE = 'FIRST_INSTANCE',
  ON_APPEAL = 'ON_APPEAL',
  FINAL = 'FINAL',
  OVERTURNED = 'OVERTURNED',
  COMMUTED = 'COMMUTED',
  UNKNOWN = 'UNKNOWN',
}

registerDescribedEnum(
  SentenceStatus,
  'SentenceStatus',
  'Where a sentence stands in the appeals process.',
  {
    FIRST_INSTANCE: 'Handed down by a trial court; appeal still possible.',
    ON_APPEAL: 'Under appeal.',
    FINAL: 'Final: no further appeal.',
    OVERTURNED: 'Quashed on appeal.',
    COMMUTED: 'Replaced by a lighter penalty, e.g. by pardon or decree.',
    UNKNOWN: 'Not reported.',
  },
);

export enum TermKind {
  PRISON = 'PRISON',
  LIFE = 'LIFE',
  SUSPENDED = 'SUSPENDED',
  FINE = 'FINE',
  OTHER = 'OTHER',
}

registerDescribedEnum(TermKind, 'TermKind', 'The main penalty of a sentence.', {
  PRISON: 'A fixed prison term; see termMonths.',
  LIFE: 'Life imprisonment.',
  SUSPENDED: 'A suspended prison term; see termMonths.',
  FINE: 'A fine only; see fineAmount.',
  OTHER: 'Any other penalty; see the description.',
});

export enum ReleaseReason {
  PRISONER_EXCHANGE = 'PRISONER_EXCHANGE',
  PROBATION = 'PROBATION',
  PARDON = 'PARDON',
  TERM_SERVED = 'TERM_SERVED',
  APPEAL = 'APPEAL',
  HEALTH = 'HEALTH',
  OTHER = 'OTHER',
}

registerDescribedEnum(ReleaseReason, 'ReleaseReason', 'Why a sentenced person left prison.', {
  PRISONER_EXCHANGE: 'Released in an exchange of prisoners between states.',
  PROBATION: 'Conditional early release (parole, probation).',
  PARDON: 'Pardoned or amnestied.',
  TERM_SERVED: 'Served the full term (not an early release).',
  APPEAL: 'Released after an appeal.',
  HEALTH: 'Released on health grounds.',
  OTHER: 'Any other reason; see the release note.',
});
