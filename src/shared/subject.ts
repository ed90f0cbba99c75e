/**
 * Citations and actor roles attach to records of several kinds. Each kind has its own nullable
 * foreign-key column (an "exclusive arc"), so PostgreSQL keeps referential integrity and a CHECK
 * allows exactly one of them to be set.
 */
export const ROLE_SUBJECT_COLUMNS = {
  Plot: 'plotId',
  Incident: 'incidentId',
  Arrest: 'arrestId',
  Sentence: 'sentenceId',
  Sanction: 'sanctionId',
  WeaponsTransfer: 'weaponsTransferId',
} as const;

export const CITATION_SUBJECT_COLUMNS = {
  ...ROLE_SUBJECT_COLUMNS,
  Actor: 'actorId',
  Place: 'placeId',
} as const;

export type RoleSubjectKind = keyof typeof ROLE_SUBJECT_COLUMNS;
export type CitationSubjectKind = keyof typeof CITATION_SUBJECT_COLUMNS;

export type RoleSubjectColumn = (typeof ROLE_SUBJECT_COLUMNS)[RoleSubjectKind];
export type CitationSubjectColumn = (typeof CITATION_SUBJECT_COLUMNS)[CitationSubjectKind];
