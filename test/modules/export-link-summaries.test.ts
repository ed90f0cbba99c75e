import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import type { QueryRunner } from 'typeorm';

import { listen } from '../../src/app';
import { IMPORT_ORDER, recordTable, recordTables } from '../../src/modules/export';
import { parseImportArguments, runImport } from '../../src/modules/import/import-command';
import { seedDatabase } from '../../src/seed/seed';
import { ROLE_SUBJECT_COLUMNS } from '../../src/shared/subject';
import { setUpWriteTests, silentLog } from '../helpers/api';
import { ActorRoleKind, toGlobalId } from '../helpers/factories';

// The CSV export reads actor and citation cells from link_summaries, which triggers keep (migration
// link-summaries). These tests change links, actors and sources in every way the API and SQL
// can, and check the exported cells and that the maintained rows equal a rebuild from scratch.
const context = setUpWriteTests();
let server: Server;
let base: string;

beforeAll(async () => {
  server = await listen(context.api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const RELATED_CELLS = [
  'sponsors',
  'perpetrators',
  'otherActors',
  'actorCount',
  'citationCount',
  'sourcePublishers',
  'sourceUrls',
  'denyingPublishers',
];

/** The CSV rows of one kind, by database id. */
async function exportedRows(slug: string): Promise<Map<string, Record<string, string>>> {
  const response = await fetch(`${base}/export/${slug}.csv`);
  expect(response.status).toBe(200);
  const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
  return new Map(rows.map((row) => [row.rowId, row]));
}

/** An incident's actor and citation cells, as its CSV export row shows them. */
async function incidentCells(id: string): Promise<Record<string, string>> {
  const row = (await exportedRows('incidents')).get(id)!;
  return Object.fromEntries(RELATED_CELLS.map((column) => [column, row[column]]));
}

/** The maintained rows with something in them equal what rebuild_link_summaries() computes. */
async function expectSummariesMatchRebuild(): Promise<void> {
  const { manager } = context.api.dataSource;
  // Triggers keep a row of zeros for a record whose last link went; a rebuild has no row for it.
  const summaries = () =>
    manager.query(
      `SELECT * FROM link_summaries WHERE "actorCount" > 0 OR "citationCount" > 0 ORDER BY "recordId"`,
    );
  const maintained = await summaries();
  await manager.query(`SELECT rebuild_link_summaries()`);
  expect(await summaries()).toEqual(maintained);
}

async function write(document: string, input: object, client = context.editor) {
  const result = await client.query(document, { input });
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data ?? {})[0];
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function addRole(incidentId: string, actorId: string, role: ActorRoleKind) {
  const { actorRole } = await write(ADD_ROLE, {
    recordId: toGlobalId('Incident', incidentId),
    actorId: toGlobalId('Actor', actorId),
    role,
  });
  return actorRole.id as string;
}

async function addCitation(incidentId: string, sourceId: string, stance: string) {
  const { citation } = await write(ADD_CITATION, {
    recordId: toGlobalId('Incident', incidentId),
    sourceId: toGlobalId('Source', sourceId),
    stance,
  });
  return citation.id as string;
}

const versionOf = async (table: string, id: string): Promise<number> =>
  (await context.api.dataSource.query(`SELECT version FROM "${table}" WHERE id = $1`, [id]))[0]
    .version;

describe('link summaries', () => {
  it("name the roles of each kind's own CSV columns, in column order", async () => {
    for (const table of recordTables()) {
      const column = ROLE_SUBJECT_COLUMNS[table.typeName as keyof typeof ROLE_SUBJECT_COLUMNS];
      if (table.hasRoles) {
        const [{ roles }] = await context.api.dataSource.query(
          `SELECT link_summary_named_roles($1) AS roles`,
          [column],
        );
        expect([table.slug, roles]).toEqual([table.slug, Object.values(table.roleColumns ?? {})]);
      }
    }
  });

  it('follow actor roles and citations added and removed through the API', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    const beta = await context.make.actor({ name: 'Beta' });
    const alphaAgain = await context.make.actor({ name: 'Alpha' });
    const afp = await context.make.source({ publisher: 'AFP', url: 'https://afp.example/1' });
    const reuters = await context.make.source({ publisher: 'Reuters', url: null });

    const first = await addRole(incident.id, alpha.id, ActorRoleKind.SPONSOR);
    await addRole(incident.id, beta.id, ActorRoleKind.SPONSOR);
    await addRole(incident.id, alphaAgain.id, ActorRoleKind.SPONSOR);
    await addRole(incident.id, beta.id, ActorRoleKind.DENIER);
    const reported = await addCitation(incident.id, afp.id, 'REPORTS');
    await addCitation(incident.id, reuters.id, 'DISPUTES');
    expect(await incidentCells(incident.id)).toEqual({
      sponsors: 'Alpha; Beta',
      perpetrators: '',
      otherActors: 'Beta (DENIER)',
      actorCount: '3',
      citationCount: '2',
      sourcePublishers: 'AFP; Reuters',
      sourceUrls: 'https://afp.example/1',
      denyingPublishers: 'Reuters',
    });
    await expectSummariesMatchRebuild();

    // The other "Alpha" now comes after Beta.
    await write(REMOVE_ROLE, { roleId: first });
    await write(REMOVE_CITATION, { citationId: reported });
    expect(await incidentCells(incident.id)).toEqual({
      sponsors: 'Beta; Alpha',
      perpetrators: '',
      otherActors: 'Beta (DENIER)',
      actorCount: '2',
      citationCount: '1',
      sourcePublishers: 'Reuters',
      sourceUrls: '',
      denyingPublishers: 'Reuters',
    });
    await expectSummariesMatchRebuild();
  });

  it('follow actor renames, soft deletes, restores and hard deletes', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    const beta = await context.make.actor({ name: 'Beta' });
    await addRole(incident.id, alpha.id, ActorRoleKind.PERPETRATOR);
    await addRole(incident.id, beta.id, ActorRoleKind.PERPETRATOR);

    await write(UPDATE_ACTOR, {
      id: toGlobalId('Actor', alpha.id),
      expectedVersion: await versionOf('actors', alpha.id),
      name: 'Alpha Renamed',
    });
    expect(await incidentCells(incident.id)).toMatchObject({
      perpetrators: 'Alpha Renamed; Beta',
      actorCount: '2',
    });
    await expectSummariesMatchRebuild();

    await write(DELETE_ACTOR, { id: toGlobalId('Actor', alpha.id) }, context.admin);
    expect(await incidentCells(incident.id)).toMatchObject({
      perpetrators: 'Beta',
      actorCount: '1',
    });
    await expectSummariesMatchRebuild();

    await write(RESTORE_ACTOR, { id: toGlobalId('Actor', alpha.id) }, context.admin);
    expect(await incidentCells(incident.id)).toMatchObject({
      perpetrators: 'Alpha Renamed; Beta',
      actorCount: '2',
    });
    await expectSummariesMatchRebuild();

    // A hard delete removes the actor's roles through the foreign key.
    await context.api.dataSource.query(`DELETE FROM actors WHERE id = $1`, [beta.id]);
    expect(await incidentCells(incident.id)).toMatchObject({
      perpetrators: 'Alpha Renamed',
      actorCount: '1',
    });
    await expectSummariesMatchRebuild();
  });

  it('follow source edits, soft deletes and restores', async () => {
    const incident = await context.make.incident();
    const afp = await context.make.source({ publisher: 'AFP', url: 'https://afp.example/1' });
    const bbc = await context.make.source({ publisher: 'BBC', url: 'https://bbc.example/2' });
    await addCitation(incident.id, afp.id, 'DENIES');
    await addCitation(incident.id, bbc.id, 'REPORTS');

    await write(UPDATE_SOURCE, {
      id: toGlobalId('Source', afp.id),
      expectedVersion: await versionOf('sources', afp.id),
      publisher: 'Agence France-Presse',
      url: 'https://afp.example/moved',
    });
    expect(await incidentCells(incident.id)).toMatchObject({
      citationCount: '2',
      sourcePublishers: 'Agence France-Presse; BBC',
      sourceUrls: 'https://afp.example/moved; https://bbc.example/2',
      denyingPublishers: 'Agence France-Presse',
    });
    await expectSummariesMatchRebuild();

    // The API refuses to delete a cited source; the database still drops a deleted one's cells.
    await context.api.dataSource.query(`UPDATE sources SET "deletedAt" = now() WHERE id = $1`, [
      afp.id,
    ]);
    expect(await incidentCells(incident.id)).toMatchObject({
      citationCount: '1',
      sourcePublishers: 'BBC',
      sourceUrls: 'https://bbc.example/2',
      denyingPublishers: '',
    });
    await expectSummariesMatchRebuild();

    await write(RESTORE_SOURCE, { id: toGlobalId('Source', afp.id) }, context.admin);
    expect(await incidentCells(incident.id)).toMatchObject({
      citationCount: '2',
      sourcePublishers: 'Agence France-Presse; BBC',
      denyingPublishers: 'Agence France-Presse',
    });
    await expectSummariesMatchRebuild();
  });

  it('keep the cells of a record deleted and restored, and empty them when its links go', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    const role = await addRole(incident.id, alpha.id, ActorRoleKind.SPONSOR);
    await write(DELETE_INCIDENT, { id: toGlobalId('Incident', incident.id) }, context.admin);
    expect((await exportedRows('incidents')).has(incident.id)).toBe(false);
    await write(RESTORE_INCIDENT, { id: toGlobalId('Incident', incident.id) }, context.admin);
    expect(await incidentCells(incident.id)).toMatchObject({ sponsors: 'Alpha', actorCount: '1' });

    await write(REMOVE_ROLE, { roleId: role });
    expect(await incidentCells(incident.id)).toMatchObject({ sponsors: '', actorCount: '0' });
    await expectSummariesMatchRebuild();
  });

  it('are right after seeding and after an import of roles and citations', async () => {
    await seedDatabase(context.api.dataSource);
    await expectSummariesMatchRebuild();
    const before: Record<string, Map<string, Record<string, string>>> = {};
    const ndjson: Record<string, string> = {};
    for (const slug of IMPORT_ORDER) {
      before[slug] = await exportedRows(slug);
      ndjson[slug] = await (await fetch(`${base}/export/${slug}.ndjson`)).text();
    }
    await context.api.dataSource.query(`TRUNCATE actor_roles, citations`);
    expect(
      await context.api.dataSource.query(
        `SELECT count(*)::int AS count FROM link_summaries WHERE "actorCount" > 0 OR "citationCount" > 0`,
      ),
    ).toEqual([{ count: 0 }]);
    // Records already exist (same externalIds): the import updates nothing and adds the links.
    for (const slug of IMPORT_ORDER) {
      const code = await runImport(
        context.api.dataSource.manager,
        context.api.app.schema,
        parseImportArguments([await saved(slug, ndjson[slug]), '--kind', slug]),
        silentLog,
        () => undefined,
      );
      expect([slug, code]).toEqual([slug, 0]);
    }
    await expectSummariesMatchRebuild();
    // An import adds a record's links in one transaction, so they share a createdAt and follow
    // in id order: compare each list as a set.
    const asSet = (cell: string) => cell.split('; ').sort().join('; ');
    for (const slug of IMPORT_ORDER) {
      const related = relatedColumns(slug);
      const cells = (rows: Map<string, Record<string, string>>) =>
        [...rows.values()]
          .map((row) => [row.externalId, ...related.map((column) => asSet(row[column]))])
          .sort((a, b) => a[0].localeCompare(b[0]));
      expect([slug, cells(await exportedRows(slug))]).toEqual([slug, cells(before[slug])]);
    }
  });
});

describe('link summaries under concurrent writes', () => {
  let first: QueryRunner;
  let second: QueryRunner;

  beforeEach(async () => {
    first = context.api.dataSource.createQueryRunner();
    second = context.api.dataSource.createQueryRunner();
    await first.connect();
    await second.connect();
  });

  afterEach(async () => {
    if (first.isTransactionActive) {
      await first.rollbackTransaction();
    }
    await first.release();
    await second.release();
  });

  /** Runs `blocked` on the second session, which must wait for the first one's transaction. */
  async function afterCommitOfFirst(blocked: string, parameters: unknown[]): Promise<void> {
    const [{ pid }] = await second.query(`SELECT pg_backend_pid() AS pid`);
    let finished = false;
    const running = second.query(blocked, parameters).finally(() => {
      finished = true;
    });
    for (;;) {
      const [state] = await context.api.dataSource.query(
        `SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`,
        [pid],
      );
      if (state.wait_event_type === 'Lock') {
        break;
      }
      if (finished) {
        throw new Error('the second session did not wait for the first one');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await first.commitTransaction();
    await running;
  }

  const roleInsert = `INSERT INTO actor_roles (id, "actorId", role, "incidentId") VALUES (gen_random_uuid(), $1, 'SPONSOR', $2)`;

  it('see a rename committed while a role of the actor was being added', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    await first.startTransaction();
    await first.query(`UPDATE actors SET name = 'Alpha Renamed' WHERE id = $1`, [alpha.id]);
    await afterCommitOfFirst(roleInsert, [alpha.id, incident.id]);
    expect(await incidentCells(incident.id)).toMatchObject({ sponsors: 'Alpha Renamed' });
  });

  it('see a role added while its actor was being renamed', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    await first.startTransaction();
    await first.query(roleInsert, [alpha.id, incident.id]);
    await afterCommitOfFirst(`UPDATE actors SET name = 'Alpha Renamed' WHERE id = $1`, [alpha.id]);
    expect(await incidentCells(incident.id)).toMatchObject({ sponsors: 'Alpha Renamed' });
  });

  it('keep both of two roles added to one record at once', async () => {
    const incident = await context.make.incident();
    const alpha = await context.make.actor({ name: 'Alpha' });
    const beta = await context.make.actor({ name: 'Beta' });
    // A citation first, so that the record has its summary row before either transaction.
    await addCitation(incident.id, (await context.make.source()).id, 'REPORTS');
    await first.startTransaction();
    await first.query(roleInsert, [alpha.id, incident.id]);
    await afterCommitOfFirst(roleInsert, [beta.id, incident.id]);
    expect(await incidentCells(incident.id)).toMatchObject({
      sponsors: 'Alpha; Beta',
      actorCount: '2',
    });
  });
});

/** The CSV columns a kind's links fill. */
function relatedColumns(slug: string): string[] {
  const table = recordTable(slug)!;
  return [
    ...(table.hasRoles
      ? [...Object.keys(table.roleColumns ?? {}), 'otherActors', 'actorCount']
      : []),
    ...(table.hasCitations
      ? ['citationCount', 'sourcePublishers', 'sourceUrls', 'denyingPublishers']
      : []),
  ];
}

async function saved(slug: string, text: string): Promise<string> {
  const file = path.join(
    await mkdtemp(path.join(tmpdir(), 'incidentgraph-summaries-')),
    `${slug}.ndjson`,
  );
  await writeFile(file, text);
  return file;
}

const ADD_ROLE = `mutation ($input: AddActorRoleInput!) {
  addActorRole(input: $input) { actorRole { id } userErrors { code field message } }
}`;

const REMOVE_ROLE = `mutation ($input: RemoveActorRoleInput!) {
  removeActorRole(input: $input) { actorRole { id } userErrors { code field message } }
}`;

const ADD_CITATION = `mutation ($input: AddCitationInput!) {
  addCitation(input: $input) { citation { id } userErrors { code field message } }
}`;

const REMOVE_CITATION = `mutation ($input: RemoveCitationInput!) {
  removeCitation(input: $input) { citation { id } userErrors { code field message } }
}`;

const UPDATE_ACTOR = `mutation ($input: UpdateActorInput!) {
  updateActor(input: $input) { actor { id } userErrors { code field message } }
}`;

const DELETE_ACTOR = `mutation ($input: DeleteActorInput!) {
  deleteActor(input: $input) { userErrors { code field message } }
}`;

const RESTORE_ACTOR = `mutation ($input: RestoreActorInput!) {
  restoreActor(input: $input) { userErrors { code field message } }
}`;

const UPDATE_SOURCE = `mutation ($input: UpdateSourceInput!) {
  updateSource(input: $input) { source { id } userErrors { code field message } }
}`;

const RESTORE_SOURCE = `mutation ($input: RestoreSourceInput!) {
  restoreSource(input: $input) { userErrors { code field message } }
}`;

const DELETE_INCIDENT = `mutation ($input: DeleteIncidentInput!) {
  deleteIncident(input: $input) { userErrors { code field message } }
}`;

const RESTORE_INCIDENT = `mutation ($input: RestoreIncidentInput!) {
  restoreIncident(input: $input) { userErrors { code field message } }
}`;
