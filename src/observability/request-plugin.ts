import type { ApolloServerPlugin } from '@apollo/server';

import { statementsSoFar } from '../db/query-counter';
import type { Context } from '../graphql/context';
import { ErrorCode } from '../graphql/errors';
import type { AppLogger } from '../logger';
import type { Metrics } from './metrics';

/**
 * One structured log line and one set of metrics per GraphQL request; unexpected errors are
 * logged with the request id, which the client also gets in `extensions.requestId` (and the
 * x-request-id header) to quote when reporting a problem.
 */
export function requestPlugin(metrics: Metrics, log: AppLogger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (
              !error.extensions?.code ||
              error.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR
            ) {
              (contextValue?.log ?? log).error(
                { err: error.originalError ?? error, path: error.path },
                'unexpected error',
              );
            }
          }
        },
        async willSendResponse({ response, operation, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (body?.errors ?? []).map((error) =>
            String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          );
          if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
          }
          if (body?.errors && contextValue) {
            body.errors = body.errors.map((error) =>
              error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR
                ? {
                    ...error,
                    extensions: { ...error.extensions, requestId: contextValue.requestId },
                  }
                : error,
            );
          }
          const status = response.http.status ?? 200;
          const operationType = operation?.operation ?? 'invalid';
          const cost = (body?.extensions?.cost as { requested?: number } | undefined)?.requested;
          const statements = statementsSoFar();
          metrics.requests.inc({ operation: operationType, status: String(status) });
          metrics.duration.observe({ operation: operationType }, seconds);
          codes.forEach((code) => metrics.errors.inc({ code }));
          if (statements !== undefined) {
            metrics.statements.observe(statements);
          }
          if (cost !== undefined) {
            metrics.cost.observe(cost);
          }
          (contextValue?.log ?? log).info(
            {
              operationName: request.operationName ?? operation?.name?.value ?? null,
              operationType,
              status,
              durationMs: Math.round(seconds * 1000),
              cost,
              statements,
              errors: codes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
