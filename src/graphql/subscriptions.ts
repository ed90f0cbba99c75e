import type { Server } from 'node:http';

import { GraphQLError, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { AppLogger } from '../logger';
import type { Context } from './context';
import { ErrorCode } from './errors';
import type { Principal } from './principal';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The caller behind an Authorization value, as over HTTP (throws for a bad key). */
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  createContext: (principal: Principal, clientAddress: string) => Context;
  log: AppLogger;
}

// What a connection keeps once authenticated (beside graphql-ws's socket and upgrade request).
type ConnectionExtra = { principal: Principal };

/**
 * Serves subscriptions over the graphql-ws protocol on the `/graphql` WebSocket of `server`.
 * The API key may come as connectionParams.authorization or as the upgrade request's
 * Authorization header; a bad key closes the connection (4403). Queries and mutations stay on
 * HTTP, where cost limits apply: over the WebSocket only subscriptions are accepted.
 */
export function attachSubscriptionServer(
  server: Server,
  options: SubscriptionServerOptions,
): { close: () => Promise<void> } {
  const webSockets = new WebSocketServer({ server, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: options.schema,
      onConnect: async (context) => {
        const fromParams = context.connectionParams?.authorization;
        const authorization =
          typeof fromParams === 'string' ? fromParams : context.extra.request.headers.authorization;
        try {
          context.extra.principal = await options.authenticate(authorization);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_context, _id, payload) => {
        let operation;
        try {
          operation = getOperationAST(parse(payload.query), payload.operationName);
        } catch {
          // graphql-ws parses again and answers the syntax error itself.
          return undefined;
        }
        if (operation && operation.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Only subscriptions are served over the WebSocket; send queries and mutations to POST /graphql.',
              { extensions: { code: ErrorCode.BAD_REQUEST } },
            ),
          ];
        }
        return undefined;
      },
      context: (context) =>
        options.createContext(
          context.extra.principal!,
          context.extra.request.socket.remoteAddress ?? 'unknown',
        ),
    },
    webSockets,
  );
  return {
    close: async () => {
      for (const client of webSockets.clients) {
        client.close(1001, 'Server shutting down');
      }
      await cleanup.dispose();
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
    },
  };
}
