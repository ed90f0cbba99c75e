import { QueryFailedError, type DataSource } from 'typeorm';

import { createDataSource } from '../src/db/data-source';
import { preparedQuery } from '../src/db/named-query';
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
