import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createPubSub } from '@graphql-yoga/subscription';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';

import { loadConfig, type Config } from './config';
import { withStatementCount } from './db/query-counter';
import { createResponseCache } from './graphql/cache/response-cache';
import { createContext, type Context } from './graphql/context';
import { createFormatError, ErrorCode } from './graphql/errors';
import { jitGateway } from './graphql/jit-executor';
import { CostBudget, payerOf } from './graphql/limits/budget';
import { limitsPlugin } from './graphql/limits/limits-plugin';
import type { Principal } from './graphql/principal';
import { buildAppSchema } from './graphql/schema';
import { attachSubscriptionServer } from './graphql/subscriptions';
import type { AppLogger } from './logger';
import { ApiKeyService } from './modules/auth';
import { compiledRead } from './modules/compiled-read';
import { createExportHandler } from './modules/export';
import { ideRedirect, ideRouter } from './modules/ide';
import { ChangeNotifier, type AppPubSub } from './modules/sync';
import { Metrics } from './observability/metrics';
import { requestPlugin } from './observability/request-plugin';

export type AppOptions = Pick<
  Config,
  | 'limits'
  | 'redisUrl'
  | 'redisKeyPrefix'
  | 'corsOrigins'
  | 'trustProxyHops'
  | 'responseCacheSeconds'
  | 'statementsPerRequest'
  | 'compiledReads'
>;

/** The settings an app gets when nothing is configured (what tests use unless they say otherwise). */
export const defaultAppOptions = (): AppOptions => loadConfig({});

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  metrics: Metrics;
  /** Builds the per-request context the HTTP handler builds, for in-process tests. */
  createContext: (principal?: Principal) => Context;
  /** The caller behind an Authorization header value, as the HTTP handler resolves it. */
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  /**
   * Serves recordChanged subscriptions (graphql-ws) on the `/graphql` WebSocket of a listening
   * server, and starts listening for committed changes. main.ts calls it after listen().
   */
  attachWebSockets: (server: Server) => Promise<void>;
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

// Counts the SQL statements of everything the request sets off, for logs and metrics.
const countStatements: RequestHandler = (_request, _response, next) => withStatementCount(next);
const countNothing: RequestHandler = (_request, _response, next) => next();

// Errors raised before Apollo sees the request (body too large, not JSON) still answer in GraphQL's shape.
const bodyErrors: ErrorRequestHandler = (
  error: { type?: string; status?: number },
  _request,
  response,
  next,
) => {
  if (error.type === 'entity.too.large') {
    response.status(413).json({
      errors: [
        {
          message:
            'The request body is over the size limit; send a smaller query or fewer variables.',
          extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
        },
      ],
    });
  } else if (error.type === 'entity.parse.failed') {
    response.status(400).json({
      errors: [
        {
          message: 'The request body is not valid JSON.',
          extensions: { code: ErrorCode.BAD_REQUEST },
        },
      ],
    });
  } else {
    next(error);
  }
};

/** Schema, Apollo Server and HTTP routes; no listen(), so tests reuse it. */
export async function createApp(
  dataSource: DataSource,
  log: AppLogger,
  options: AppOptions = defaultAppOptions(),
): Promise<App> {
  const pubSub: AppPubSub = createPubSub();
  const schema = await buildAppSchema(pubSub);
  const notifier = new ChangeNotifier(dataSource, pubSub, log);
  const webSocketServers: { close: () => Promise<void> }[] = [];
  const metrics = new Metrics(dataSource);
  const budget = new CostBudget({
    hourly: options.limits.hourlyCost,
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix,
  });
  const responseCache = createResponseCache({
    maxAgeSeconds: options.responseCacheSeconds,
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix,
  });
  const { dataVersion } = responseCache;
  const apiKeys = new ApiKeyService();
  // Keys are checked on the primary: a revocation must not wait for a replica to catch up.
  const authenticate = async (authorization: string | undefined) => {
    if (!authorization) {
      return apiKeys.authenticate(dataSource.manager, authorization);
    }
    const primary = dataSource.createQueryRunner('master');
    try {
      return await apiKeys.authenticate(primary.manager, authorization);
    } finally {
      await primary.release();
    }
  };
  const formatError = createFormatError();
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(
      schema,
      options.compiledReads
        ? (document, operation, variables, context) =>
            compiledRead(schema, document, operation, variables, (context as Context).db)
        : undefined,
    ),
    formatError,
    includeStacktraceInErrorResponses: false,
    // A public data service: clients explore the schema, so introspection stays on in production.
    introspection: true,
    parseOptions: { maxTokens: options.limits.maxTokens },
    plugins: [
      // Apollo's own landing page loads from a CDN; the IDE at / is served from our assets.
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin<Context>(options.limits, budget, (context) =>
        payerOf(context.principal, context.clientAddress),
      ),
      requestPlugin(metrics, log),
      ...responseCache.plugins,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxyHops);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const ready = await databaseReachable(dataSource);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  const perRequest = options.statementsPerRequest ? countStatements : countNothing;
  const corsFor = (exposedHeaders: string[]) =>
    cors({ origin: options.corsOrigins === '*' ? '*' : options.corsOrigins, exposedHeaders });
  app.use(ideRouter());
  app.get(
    '/export/:file',
    corsFor(['content-disposition', 'retry-after']),
    perRequest,
    createExportHandler({ dataSource, schema, authenticate, budget, log }),
  );
  app.use(
    '/graphql',
    corsFor(['x-request-id', 'retry-after']),
    ideRedirect,
    perRequest,
    express.json({ limit: options.limits.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        const principal = await authenticate(req.headers.authorization);
        return createContext(dataSource, log, {
          requestId,
          principal,
          clientAddress: req.ip ?? 'unknown',
          dataVersion,
        });
      },
    }),
  );

  return {
    express: app,
    apollo,
    schema,
    metrics,
    createContext: (principal) => createContext(dataSource, log, { principal, dataVersion }),
    authenticate,
    attachWebSockets: async (server) => {
      await notifier.start();
      webSocketServers.push(
        attachSubscriptionServer(server, {
          schema,
          authenticate,
          createContext: (principal, clientAddress) =>
            createContext(dataSource, log, { principal, clientAddress }),
          limits: options.limits,
          budget,
          trustProxyHops: options.trustProxyHops,
          formatError,
          log,
        }),
      );
    },
    stop: async () => {
      await Promise.all(webSocketServers.splice(0).map((webSockets) => webSockets.close()));
      await notifier.stop();
      await apollo.stop();
      await budget.close();
      await responseCache.close();
    },
  };
}

export function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, () => resolve(server));
    server.once('error', reject);
  });
}
