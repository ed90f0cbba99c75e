import { registerDescribedEnum } from '../../shared/register-enum';

export enum RecordKind {
  ACTOR = 'ACTOR',
  PLACE = 'PLACE',
  SOURCE = 'SOURCE',
  PLOT = 'PLOT',
  INCIDENT = 'INCIDENT',
  ARREST = 'ARREST',
  SENTENCE = 'SENTENCE',
  SANCTION = 'SANCTION',
  WEAPONS_TRANSFER = 'WEAPONS_TRANSFER',
}

registerDescribedEnum(RecordKind, 'RecordKind', 'A kind of record, for the changes feed.', {
  ACTOR: 'Actor records.',
  PLACE: 'Place records.',
  SOURCE: 'Source records.',
  PLOT: 'Plot records.',
  INCIDENT: 'Incident records.',
  ARREST: 'Arrest records.',
  SENTENCE: 'Sentence records.',
  SANCTION: 'Sanction records.',
  WEAPONS_TRANSFER: 'WeaponsTransfer records.',
});

/** The GraphQL type name (and change-log recordKind) of each kind. */
export const RECORD_KIND_TYPE_NAMES: Record<RecordKind, string> = {
  ACTOR: 'Actor',
  PLACE: 'Place',
  SOURCE: 'Source',
  PLOT: 'Plot',
  INCIDENT: 'Incident',
  ARREST: 'Arrest',
  SENTENCE: 'Sentence',
  SANCTION: 'Sanction',
  WEAPONS_TRANSFER: 'WeaponsTransfer',
};

export const recordKindOf = (typeName: string): RecordKind =>
  (Object.keys(RECORD_KIND_TYPE_NAMES) as RecordKind[]).find(
    (kind) => RECORD_KIND_TYPE_NAMES[kind] === typeName,
  )!;
