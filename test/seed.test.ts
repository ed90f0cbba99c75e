import { dataset } from '../src/seed/dataset';
import { seedDatabase } from '../src/seed/seed';
import { ChangeLogEntity } from '../src/shared/change-log/change-log.entity';
import { createTestApi, truncateAll, type TestApi } from './helpers/api';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});

afterAll(async () => {
  await api.close();
});

beforeEach(async () => {
  await truncateAll(api.dataSource);
});

async function tableCounts(): Promise<Record<string, number>> {
  const rows: { table: string; count: string }[] = await api.dataSource.query(`
    SELECT 'actors' AS table, count(*) FROM actors UNION ALL SELECT 'places', count(*) FROM places
    UNION ALL SELECT 'sources', count(*) FROM sources UNION ALL SELECT 'plots', count(*) FROM plots
    UNION ALL SELECT 'incidents', count(*) FROM incidents UNION ALL SELECT 'arrests', count(*) FROM arrests
    UNION ALL SELECT 'sentences', count(*) FROM sentences UNION ALL SELECT 'sanctions', count(*) FROM sanctions
    UNION ALL SELECT 'weapons_transfers', count(*) FROM weapons_transfers UNION ALL SELECT 'citations', count(*) FROM citations
    UNION ALL SELECT 'actor_roles', count(*) FROM actor_roles UNION ALL SELECT 'change_log', count(*) FROM change_log`);
  return Object.fromEntries(rows.map((row) => [row.table, Number(row.count)]));
}

describe('seeding the real dataset', () => {
  it('loads every record kind, with one change-log entry per record', async () => {
    const summary = await seedDatabase(api.dataSource);
    const counts = await tableCounts();
    for (const table of [
      'actors',
      'places',
      'sources',
      'plots',
      'incidents',
      'arrests',
      'sentences',
      'sanctions',
      'weapons_transfers',
      'citations',
      'actor_roles',
    ]) {
      expect({ table, loaded: counts[table] > 0 }).toEqual({ table, loaded: true });
    }
    expect(summary).toMatchObject({ updated: 0, unchanged: 0 });
    expect(counts.change_log).toBe(summary.created);
    expect(
      await api.dataSource
        .getRepository(ChangeLogEntity)
        .countBy({ changedBy: 'seed', action: 'CREATED' as never }),
    ).toBe(summary.created);
  });

  it('is idempotent: a second run changes nothing, not even versions or the change log', async () => {
    await seedDatabase(api.dataSource);
    const before = await tableCounts();
    const versionsBefore = await api.dataSource.query(
      'SELECT id, version, "updatedAt" FROM plots ORDER BY id',
    );

    const second = await seedDatabase(api.dataSource);

    expect(second).toEqual({
      created: 0,
      updated: 0,
      unchanged:
        before.actors +
        before.places +
        before.sources +
        before.plots +
        before.incidents +
        before.arrests +
        before.sentences +
        before.sanctions +
        before.weapons_transfers,
      rolesAdded: 0,
      citationsAdded: 0,
    });
    expect(await tableCounts()).toEqual(before);
    expect(
      await api.dataSource.query('SELECT id, version, "updatedAt" FROM plots ORDER BY id'),
    ).toEqual(versionsBefore);
  });

  it('updates a changed record in place, bumping its version and logging only the changed field', async () => {
    await seedDatabase(api.dataSource);
    const edited = {
      ...dataset,
      plots: dataset.plots.map((plot) =>
        plot.externalId === 'plot-marco-polo' ? { ...plot, codename: 'Marco Polo (edited)' } : plot,
      ),
    };

    const summary = await seedDatabase(api.dataSource, edited);

    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const [plot] = await api.dataSource.query(
      `SELECT id, codename, version FROM plots WHERE "externalId" = 'plot-marco-polo'`,
    );
    expect(plot).toMatchObject({ codename: 'Marco Polo (edited)', version: 2 });
    const [entry] = await api.dataSource.query(
      `SELECT action, "recordVersion", changes FROM change_log WHERE "recordId" = $1 AND action = 'UPDATED'`,
      [plot.id],
    );
    expect(entry).toEqual({
      action: 'UPDATED',
      recordVersion: 2,
      changes: { codename: { old: 'Marco Polo', new: 'Marco Polo (edited)' } },
    });
  });
});
