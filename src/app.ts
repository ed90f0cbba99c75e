import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';

import { createContext, type Context } from './graphql/context';
import { createFormatError } from './graphql/errors';
import type { Principal } from './graphql/principal';
import { buildAppSchema } from './graphql/schema';
import type { AppLogger } from './logger';
import { ApiKeyService } from './modules/auth';

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  /** Builds the per-request context the HTTP handler builds, for in-process tests. */
  createContext: (principal?: Principal) => Context;
  /** The caller behind an Authorization header value, as the HTTP handler resolves it. */
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  stop: () => Promise<void>;
}

async function databaseReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** Schema, Apollo Server and HTTP routes; no listen(), so tests reuse it. */
export async function createApp(dataSource: DataSource, log: AppLogger): Promise<App> {
  const schema = await buildAppSchema();
  const apiKeys = new ApiKeyService();
  const authenticate = (authorization: string | undefined) =>
    apiKeys.authenticate(dataSource.manager, authorization);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    // A public data service: clients explore the schema, so introspection stays on in production.
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const ready = await databaseReachable(dataSource);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        const principal = await authenticate(req.headers.authorization);
        return createContext(dataSource, log, requestId, principal);
      },
    }),
  );

  return {
    express: app,
    apollo,
    schema,
    createContext: (principal) => createContext(dataSource, log, undefined, principal),
    authenticate,
    stop: () => apollo.stop(),
  };
}

export function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, () => resolve(server));
    server.once('error', reject);
  });
}
