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

/**
 * The [kind, column] pairs of each arc, listed once: `Object.entries` on every mapped row was 3%
 * of the memory a page of 100 incidents with citations and roles allocated.
 */
const ROLE_SUBJECT_ARC = Object.entries(ROLE_SUBJECT_COLUMNS) as [RoleSubjectKind, string][];
const CITATION_SUBJECT_ARC = Object.entries(CITATION_SUBJECT_COLUMNS) as [
  CitationSubjectKind,
  string,
][];

function subjectOn<K extends string>(
  arc: [K, string][],
  row: { id: string },
  what: string,
): { kind: K; id: string } {
  for (const [kind, column] of arc) {
    const id = (row as unknown as Record<string, unknown>)[column];
    if (typeof id === 'string') {
      return { kind, id };
    }
  }
  // The CHECK constraint guarantees exactly one subject column.
  throw new Error(`${what} ${row.id} has no subject`);
}

/** The record an actor role belongs to: the one arc column that is set. */
export const roleSubjectOf = (row: { id: string }) =>
  subjectOn(ROLE_SUBJECT_ARC, row, 'actor role');

/** The record a citation belongs to: the one arc column that is set. */
export const citationSubjectOf = (row: { id: string }) =>
  subjectOn(CITATION_SUBJECT_ARC, row, 'citation');
