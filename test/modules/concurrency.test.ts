import { setTimeout as sleep } from 'node:timers/promises';

import { setUpWriteTests } from '../helpers/api';
import { toGlobalId } from '../helpers/factories';

const t = setUpWriteTests();

/**
 * Holds a row lock on `table` row `id` while `start` launches mutations, waits until `waiters`
 * sessions are blocked on it, then releases it, so the mutations really overlap.
 */
async function overlap<T>(
  table: string,
  id: string,
  waiters: number,
  start: () => Promise<T>[],
): Promise<T[]> {
  const runner = t.api.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
    const pending = start();
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const [{ blocked }] = await t.api.dataSource.query(
        `SELECT count(*)::int AS blocked FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (blocked >= waiters) {
        break;
      }
      await sleep(10);
    }
    await runner.commitTransaction();
    return await Promise.all(pending);
  } finally {
    await runner.release();
  }
}

describe('concurrent writes', () => {
  it('lets exactly one of two updates with the same expectedVersion win; the other gets VERSION_CONFLICT', async () => {
    const plot = await t.make.plot({ name: 'Original' });
    const id = toGlobalId('Plot', plot.id);
    const results: any[] = await overlap('plots', plot.id, 2, () => [
      t.editor.query(UPDATE_PLOT, { input: { id, expectedVersion: 1, name: 'First' } }),
      t.editor.query(UPDATE_PLOT, { input: { id, expectedVersion: 1, codename: 'Second' } }),
    ]);
    const payloads = results.map((result) => result.data.updatePlot);
    const winners = payloads.filter((payload) => payload.userErrors.length === 0);
    const losers = payloads.filter((payload) => payload.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([
      {
        plot: null,
        userErrors: [
          {
            field: 'input.expectedVersion',
            code: 'VERSION_CONFLICT',
            message: 'The plot is at version 2, not 1: it changed since you read it.',
          },
        ],
      },
    ]);
    const [stored] = await t.api.dataSource.query(
      'SELECT name, codename, version FROM plots WHERE id = $1',
      [plot.id],
    );
    // No lost update: what is stored is exactly the winner's write, and it is logged once.
    expect({ name: stored.name, codename: stored.codename, version: stored.version }).toEqual({
      name: winners[0].plot.name,
      codename: winners[0].plot.codename,
      version: 2,
    });
    const entries = await t.api.dataSource.query(
      `SELECT action, "recordVersion" FROM change_log WHERE "recordId" = $1`,
      [plot.id],
    );
    expect(entries).toEqual([{ action: 'UPDATED', recordVersion: 2 }]);
  });

  it('never leaves a citation on a deleted source when a delete and a citation race', async () => {
    const source = await t.make.source();
    const plot = await t.make.plot();
    const [deleted, cited]: any[] = await overlap('sources', source.id, 2, () => [
      t.admin.query(DELETE_SOURCE, { input: { id: toGlobalId('Source', source.id) } }),
      t.editor.query(ADD_CITATION, {
        input: {
          recordId: toGlobalId('Plot', plot.id),
          sourceId: toGlobalId('Source', source.id),
          stance: 'REPORTS',
        },
      }),
    ]);
    const codes = [
      deleted.data.deleteSource.userErrors.map((error: any) => error.code),
      cited.data.addCitation.userErrors.map((error: any) => error.code),
    ];
    // Whichever goes first, the other is refused: IN_USE for the delete, or NOT_FOUND for the citation.
    expect([
      [[], ['NOT_FOUND']],
      [['IN_USE'], []],
    ]).toContainEqual(codes);
    const [{ orphans }] = await t.api.dataSource.query(
      `SELECT count(*)::int AS orphans FROM citations c JOIN sources s ON s.id = c."sourceId"
       WHERE s."deletedAt" IS NOT NULL`,
    );
    expect(orphans).toBe(0);
  });
});

const UPDATE_PLOT = `mutation ($input: UpdatePlotInput!) {
  updatePlot(input: $input) { plot { name codename version } userErrors { field message code } }
}`;

const DELETE_SOURCE = `mutation ($input: DeleteSourceInput!) {
  deleteSource(input: $input) { source { id } userErrors { code } }
}`;

const ADD_CITATION = `mutation ($input: AddCitationInput!) {
  addCitation(input: $input) { citation { id } userErrors { code } }
}`;
