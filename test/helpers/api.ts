import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import type { DataSource } from 'typeorm';

import { createApp, type App } from '../../src/app';
import { createDataSource } from '../../src/db/data-source';
import type { Context } from '../../src/graphql/context';
import { testDatabaseConnectionUrl } from '../setup/test-database';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, any>;
  }[];
}

export interface TestApi {
  dataSource: DataSource;
  app: App;
  /** Runs an operation in-process with a context built by the real createContext. */
  query<T = Record<string, any>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export const silentLog = pino({ level: 'silent' });

async function execute<T>(
  apollo: ApolloServer<Context>,
  app: App,
  document: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const response = await apollo.executeOperation(
    { query: document, variables },
    { contextValue: app.createContext() },
  );
  if (response.body.kind !== 'single') {
    throw new Error('unexpected incremental response');
  }
  return response.body.singleResult as GraphQLResult<T>;
}

/** Connects to the test database and builds the real app around it. */
export async function createTestApi(): Promise<TestApi> {
  const dataSource = createDataSource(testDatabaseConnectionUrl());
  await dataSource.initialize();
  const app = await createApp(dataSource, silentLog);
  return {
    dataSource,
    app,
    query: (document, variables) => execute(app.apollo, app, document, variables),
    close: async () => {
      await app.stop();
      await dataSource.destroy();
    },
  };
}

/** Empties every table the app writes, between tests. */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  const tables = dataSource.entityMetadatas.map((metadata) => `"${metadata.tableName}"`).join(', ');
  await dataSource.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}
