import { registerDescribedEnum } from '../register-enum';

export enum Stance {
  REPORTS = 'REPORTS',
  CONFIRMS = 'CONFIRMS',
  DENIES = 'DENIES',
  DISPUTES = 'DISPUTES',
}

registerDescribedEnum(Stance, 'Stance', "A source's position towards the record it is cited for.", {
  REPORTS: 'The source reports the fact (first-hand or relaying others).',
  CONFIRMS: 'The source confirms the fact, e.g. an official statement or court record.',
  DENIES: 'The source carries a denial of the fact, e.g. by the accused state.',
  DISPUTES: 'The source questions or contradicts part of the fact.',
});
