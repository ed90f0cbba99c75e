import type { IncomingMessage, Server } from 'node:http';

import {
  GraphQLError,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import proxyAddress from 'proxy-addr';
import { WebSocketServer } from 'ws';

import type { Limits } from '../config';
import type { AppLogger } from '../logger';
import type { Context } from './context';
import { AppError, ErrorCode, type createFormatError } from './errors';
import { payerOf, type CostBudget } from './limits/budget';
import { priceOperation, spendBudget } from './limits/limits-plugin';
import type { Principal } from './principal';
import { coerceVariables } from './variables';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The caller behind an Authorization value, as over HTTP (throws for a bad key). */
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  createContext: (principal: Principal, clientAddress: string) => Context;
  limits: Limits;
  budget: CostBudget;
  /** Proxies in front whose X-Forwarded-For to trust, as for HTTP requests. */
  trustProxyHops: number;
  /** The error mapper HTTP responses go through. */
  formatError: ReturnType<typeof createFormatError>;
  log: AppLogger;
}

// What a connection keeps once authenticated (beside graphql-ws's socket and upgrade request).
type ConnectionExtra = { principal: Principal; clientAddress: string };

// graphql-ws types these as optional; onConnect sets them before any subscription is taken.
const callerOf = (extra: Partial<ConnectionExtra>): ConnectionExtra => ({
  principal: extra.principal!,
  clientAddress: extra.clientAddress!,
});

// Each subscription's price, charged again for every event it is sent.
const priceOf = new WeakMap<DocumentNode, number>();

const refuse = (code: ErrorCode, message: string, details?: Record<string, unknown>) => [
  new AppError(code, message, details),
];

// graphql-js's own errors (validation, variables) carry no code; HTTP gets Apollo's.
const withCode = (errors: readonly GraphQLError[], code: ErrorCode) =>
  errors.map(
    (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code } }),
  );

/**
 * Serves subscriptions over the graphql-ws protocol on the `/graphql` WebSocket of `server`.
 * The API key may come as connectionParams.authorization or as the upgrade request's
 * Authorization header; a bad key closes the connection (4403). Only subscriptions are accepted.
 * A subscription passes the limits of an HTTP request (size, tokens, depth, aliases,
 * directives, cost) and pays its cost from the same hourly budget when it starts and again for
 * every event it is sent, because every event runs its selection again. A connection holds at
 * most `limits.maxSubscriptionsPerConnection` at once. Errors go through the HTTP error mapper.
 */
export function attachSubscriptionServer(
  server: Server,
  options: SubscriptionServerOptions,
): { close: () => Promise<void> } {
  const { schema, limits, budget, formatError, log } = options;
  // ws closes a connection whose message is over the limit (1009) before reading it all.
  const webSockets = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: limits.maxBodyBytes,
  });
  const trustHops = (_address: string, hop: number) => hop < options.trustProxyHops;
  const addressOf = (request: IncomingMessage) => proxyAddress(request, trustHops);

  // `context` is the subscription's, once it runs: its request id goes with an unexpected error,
  // to the client and to the log line, as over HTTP.
  const format = (errors: readonly GraphQLError[], context?: Context): GraphQLFormattedError[] =>
    errors.map((error) => {
      // extensions.http is for Apollo's HTTP responses (status, Retry-After); a message has none.
      const { http: _http, ...extensions } = error.extensions;
      // As Apollo calls it: the mapper unwraps a resolver's own error from the GraphQLError.
      const formatted = formatError({ ...error.toJSON(), extensions }, error);
      if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        return formatted;
      }
      (context?.log ?? log).error({ err: error.originalError ?? error }, 'subscription failed');
      return context
        ? { ...formatted, extensions: { ...formatted.extensions, requestId: context.requestId } }
        : formatted;
    });

  const cleanup = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      onConnect: async (context) => {
        const fromParams = context.connectionParams?.authorization;
        const authorization =
          typeof fromParams === 'string' ? fromParams : context.extra.request.headers.authorization;
        try {
          context.extra.principal = await options.authenticate(authorization);
          context.extra.clientAddress = addressOf(context.extra.request);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (context, _id, payload) => {
        // graphql-ws counts this subscription among the connection's before asking.
        if (Object.keys(context.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return refuse(
            ErrorCode.TOO_MANY_SUBSCRIPTIONS,
            `This connection already holds ${limits.maxSubscriptionsPerConnection} subscriptions, the most one connection may; complete one first, or subscribe to several kinds in one.`,
            { limit: limits.maxSubscriptionsPerConnection },
          );
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          // The error mapper tells a document over the token limit (QUERY_TOO_LARGE), as over HTTP.
          const message = error instanceof GraphQLError ? error.message : String(error);
          return refuse(ErrorCode.GRAPHQL_PARSE_FAILED, message);
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) {
          return withCode(invalid, ErrorCode.GRAPHQL_VALIDATION_FAILED);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return refuse(
            ErrorCode.OPERATION_RESOLUTION_FAILURE,
            payload.operationName
              ? `Unknown operation named "${payload.operationName}".`
              : 'The document holds several operations; say which one in operationName.',
          );
        }
        if (operation.operation !== 'subscription') {
          return refuse(
            ErrorCode.BAD_REQUEST,
            'Only subscriptions are served over the WebSocket; send queries and mutations to POST /graphql.',
          );
        }
        const variables = payload.variables ?? undefined;
        const coerced = coerceVariables(schema, operation, variables);
        if (coerced.errors) {
          return withCode(coerced.errors, ErrorCode.BAD_USER_INPUT);
        }
        try {
          const cost = priceOperation(limits, schema, document, payload.operationName, variables);
          const { principal, clientAddress } = callerOf(context.extra);
          await spendBudget(budget, payerOf(principal, clientAddress), cost);
          priceOf.set(document, cost);
        } catch (error) {
          // Thrown from here, graphql-ws would close the socket with the message as its reason
          // (outside production); as an error without a code, the mapper masks and logs it.
          return [
            error instanceof GraphQLError
              ? error
              : new GraphQLError('Internal server error', { originalError: error as Error }),
          ];
        }
        // Parsed and validated here, so graphql-ws runs this document as it is.
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onNext: (context, _id, _payload, args, result) => {
        const cost = priceOf.get(args.document);
        if (cost) {
          const { principal, clientAddress } = callerOf(context.extra);
          const { tier, id } = payerOf(principal, clientAddress);
          // The event's work is done; the client's next request or subscription pays for it.
          budget.charge(tier, id, cost).catch((error: unknown) => {
            log.warn({ err: error }, 'could not charge a subscription event to its budget');
          });
        }
        return result.errors
          ? { ...result, errors: format(result.errors, args.contextValue as Context) }
          : undefined;
      },
      onError: (_context, _id, _payload, errors) => format(errors),
      context: (context) => {
        const { principal, clientAddress } = callerOf(context.extra);
        return options.createContext(principal, clientAddress);
      },
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
