import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import type { DataSource } from 'typeorm';

import { createApp, defaultAppOptions, type App, type AppOptions } from '../../src/app';
import type { Limits } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import type { Context } from '../../src/graphql/context';
import { Role, type Principal } from '../../src/graphql/principal';
import { ApiKeyService } from '../../src/modules/auth';
import { seedDatabase } from '../../src/seed/seed';
import { testDatabaseConnectionUrl } from '../setup/test-database';
import { factories } from './factories';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, any>;
  }[];
}

export interface TestClient {
  /** Runs an operation in-process with a context built by the real createContext. */
  query<T = Record<string, any>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
}

export interface KeyedClient extends TestClient {
  /** The API key's secret, for HTTP tests. */
  secret: string;
  keyId: string;
}

export interface TestApi extends TestClient {
  dataSource: DataSource;
  app: App;
  /** A client calling with a new API key of this role (created now: tables are truncated between tests). */
  as(role: Role): Promise<KeyedClient>;
  close(): Promise<void>;
}

export const silentLog = pino({ level: 'silent' });

async function execute<T>(
  apollo: ApolloServer<Context>,
  app: App,
  document: string,
  variables?: Record<string, unknown>,
  principal?: Principal,
): Promise<GraphQLResult<T>> {
  const response = await apollo.executeOperation(
    { query: document, variables },
    { contextValue: app.createContext(principal) },
  );
  if (response.body.kind !== 'single') {
    throw new Error('unexpected incremental response');
  }
  // extensions.cost is on every response; tests of limits read it over HTTP (test/limits.test.ts).
  const { extensions: _extensions, ...result } = response.body.singleResult;
  return result as GraphQLResult<T>;
}

/** Default settings, except budgets large enough that a whole test file never runs out. */
export function testAppOptions(limits: Partial<Limits> = {}): AppOptions {
  const defaults = defaultAppOptions();
  return {
    ...defaults,
    limits: { ...defaults.limits, hourlyCost: { anonymous: 1e9, key: 1e9 }, ...limits },
    // Tests write through factories (not mutations) between queries: no response cache unless a test asks.
    responseCacheSeconds: 0,
  };
}

/** Connects to the test database and builds the real app around it. */
export async function createTestApi(options: AppOptions = testAppOptions()): Promise<TestApi> {
  const dataSource = createDataSource(testDatabaseConnectionUrl());
  await dataSource.initialize();
  const app = await createApp(dataSource, silentLog, options);
  return {
    dataSource,
    app,
    query: (document, variables) => execute(app.apollo, app, document, variables),
    as: async (role) => {
      const { row, secret } = await dataSource.transaction((tx) =>
        new ApiKeyService().create(tx, `test ${role}`, role),
      );
      // The real header parsing and key lookup, as the HTTP handler does it.
      const principal = await app.authenticate(`Bearer ${secret}`);
      return {
        secret,
        keyId: row.id,
        query: (document, variables) => execute(app.apollo, app, document, variables, principal),
      };
    },
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

export interface ReadTestContext {
  api: TestApi;
  make: ReturnType<typeof factories>;
}

/**
 * Jest hooks for a test file: one app for the file, and every table emptied before each test.
 * Read the fields inside tests, not at load time.
 */
export function setUpReadTests(): ReadTestContext {
  const context = {} as ReadTestContext;
  beforeAll(async () => {
    context.api = await createTestApi();
    context.make = factories(context.api.dataSource);
  });
  afterAll(async () => {
    await context.api.close();
  });
  beforeEach(async () => {
    await truncateAll(context.api.dataSource);
  });
  return context;
}

/**
 * Per test file: the app, its tables emptied once and filled with the shipped dataset, for tests
 * that only read it. `context.api` is set before the first test.
 */
export function setUpSeededTests(options?: Partial<AppOptions>): { api: TestApi } {
  const context = {} as { api: TestApi };
  beforeAll(async () => {
    context.api = await createTestApi({ ...testAppOptions(), ...options });
    await truncateAll(context.api.dataSource);
    await seedDatabase(context.api.dataSource);
  });
  afterAll(async () => {
    await context.api.close();
  });
  return context;
}

export interface WriteTestContext extends ReadTestContext {
  editor: KeyedClient;
  admin: KeyedClient;
}

/** setUpReadTests, plus fresh EDITOR and ADMIN keys before each test. */
export function setUpWriteTests(): WriteTestContext {
  const context = setUpReadTests() as WriteTestContext;
  beforeEach(async () => {
    context.editor = await context.api.as(Role.EDITOR);
    context.admin = await context.api.as(Role.ADMIN);
  });
  return context;
}
