import { registerDescribedEnum } from './register-enum';

export enum Confidence {
  ALLEGED = 'ALLEGED',
  REPORTED = 'REPORTED',
  CHARGED = 'CHARGED',
  CONVICTED = 'CONVICTED',
  CONFIRMED = 'CONFIRMED',
  DENIED = 'DENIED',
  DISPUTED = 'DISPUTED',
}

registerDescribedEnum(Confidence, 'Confidence', 'How well established a record is.', {
  ALLEGED:
    'Claimed by an authority or party (e.g. an intelligence service) without public evidence.',
  REPORTED: 'Reported by one or more publications; not independently confirmed.',
  CHARGED: 'Formal charges have been brought by a prosecutor or investigating judge.',
  CONVICTED: 'A court has convicted someone for it (at first instance or finally).',
  CONFIRMED: 'Confirmed by an official or several independent sources.',
  DENIED: 'The party concerned has denied it and no confirmation exists.',
  DISPUTED: 'Sources contradict each other.',
});
