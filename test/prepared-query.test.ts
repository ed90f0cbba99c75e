import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

import { createDataSource } from '../src/db/data-source';
import { MAX_CLIENT_SHAPED_NAMES, preparedQuery, preparedRead } from '../src/db/named-query';
import { testDatabaseConnectionUrl } from './setup/test-database';

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource(testDatabaseConnectionUrl());
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

describe('preparedQuery', () => {
  it('prepares a statement once per connection and plans it for each execution’s values', async () => {
    const statement = `SELECT :word::text AS "word"`;
    const words = ['rare', 'common', 'a', 'b', 'c', 'd', 'e'];
    await dataSource.transaction(async (tx) => {
      for (const word of words) {
        expect(await preparedQuery(tx, statement, { word })).toEqual([{ word }]);
      }
      // Read on the same connection: prepared statements belong to their session. After five
      // executions PostgreSQL would switch to a generic plan unless told otherwise.
      expect(
        await tx.query(
          `SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements`,
        ),
      ).toEqual([
        { statement: 'SELECT $1::text AS "word"', generic_plans: 0, custom_plans: words.length },
      ]);
    });
  });

  it('fails as other statements do, with the statement and its values', async () => {
    const failure = preparedQuery(dataSource.manager, `SELECT 1 / :zero::int`, { zero: 0 });
    await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failure).rejects.toMatchObject({
      query: 'SELECT 1 / $1::int',
      parameters: [0],
      driverError: expect.objectContaining({ code: '22012' }),
    });
  });
});

describe('preparedRead', () => {
  const prepared = async (tx: EntityManager) =>
    (
      await tx.query<{ statement: string }[]>(
        // This file's other test may have prepared its own statement on the same connection.
        `SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int%' ORDER BY statement`,
      )
    ).map((row) => row.statement);

  it('prepares a client-shaped text once it recurs, and at most MAX_CLIENT_SHAPED_NAMES of them', async () => {
    await dataSource.transaction(async (tx) => {
      // A text seen once runs unnamed: a one-off document takes no room on the connections.
      expect(await preparedRead(tx, 'SELECT $1::int AS "once"', [1])).toEqual([{ once: 1 }]);
      expect(await prepared(tx)).toEqual([]);

      const recurring = 'SELECT $1::int AS "again"';
      for (const value of [1, 2, 3]) {
        expect(await preparedRead(tx, recurring, [value])).toEqual([{ again: value }]);
      }
      expect(await prepared(tx)).toEqual([recurring]);

      // Past the cap, recurring texts still answer, unnamed.
      const texts = Array.from(
        { length: MAX_CLIENT_SHAPED_NAMES + 3 },
        (_, index) => `SELECT $1::int AS "t${String(index).padStart(2, '0')}"`,
      );
      for (const text of texts) {
        await preparedRead(tx, text, [0]);
        expect(await preparedRead(tx, text, [7])).toHaveLength(1);
      }
      const names = await prepared(tx);
      expect(names).toHaveLength(MAX_CLIENT_SHAPED_NAMES);
      expect(names).toEqual([recurring, ...texts.slice(0, MAX_CLIENT_SHAPED_NAMES - 1)].sort());
    });
  });
});
