import type { DataSource } from 'typeorm';

import { toGlobalId } from '../../src/graphql/global-id';

const TABLES: Record<string, string> = {
  Actor: 'actors',
  Place: 'places',
  Source: 'sources',
  Plot: 'plots',
  Incident: 'incidents',
  Arrest: 'arrests',
  Sentence: 'sentences',
  Sanction: 'sanctions',
  WeaponsTransfer: 'weapons_transfers',
};

/** The global ID of the record with this externalId (seeded data has no UUIDs of its own). */
export async function globalIdOf(
  dataSource: DataSource,
  typeName: string,
  externalId: string,
): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT id FROM "${TABLES[typeName]}" WHERE "externalId" = $1`,
    [externalId],
  );
  if (rows.length !== 1) {
    throw new Error(`no ${typeName} with externalId ${externalId}`);
  }
  return toGlobalId(typeName, rows[0].id);
}
