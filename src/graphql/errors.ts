import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';

/** The closed vocabulary of `extensions.code` values a client can see. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  IN_USE = 'IN_USE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  /** A WebSocket connection already holds as many subscriptions as one may. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** The document has more tokens than the parser accepts. */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** The request body is over the size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The database statement ran past its time limit. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  RATE_LIMITED = 'RATE_LIMITED',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** Apollo's codes for a malformed request (no query, an unknown operationName...). */
  BAD_REQUEST = 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** An expected failure, safe to show: its message is written for the client. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });

interface FieldProblem {
  field: string;
  messages: string[];
}

/** class-validator nests errors for nested inputs; flattens them to dotted paths such as "input.date.from". */
export function flattenValidation(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}

const PG_UNAVAILABLE = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

function isConnectionFailure(error: unknown): boolean {
  // Socket errors can reach graphql-js as values it does not recognise as Errors (another
  // realm); it wraps them as NonErrorThrown with the value in `thrownValue`. Read them by shape.
  const value = ((error as { thrownValue?: unknown } | null)?.thrownValue ?? error) as {
    code?: unknown;
    message?: unknown;
  } | null;
  const code = value?.code;
  const message = typeof value?.message === 'string' ? value.message : '';
  return (
    (typeof code === 'string' &&
      (PG_UNAVAILABLE.has(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET')) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      message,
    )
  );
}

/**
 * The one error mapper: expected errors pass, validation errors are reshaped without the input
 * they carry, database errors get safe codes, and everything else is masked (the request
 * plugin logs it with the request id).
 */
export function createFormatError() {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const path = formatted.path;
    const locations = formatted.locations;

    if (error instanceof ArgumentValidationError) {
      const fields = flattenValidation(error.extensions.validationErrors, '');
      return {
        message: `Invalid input: ${fields.map((problem) => `${problem.field} (${problem.messages.join('; ')})`).join(', ')}`,
        path,
        locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    if (error instanceof QueryFailedError) {
      const driverError = error.driverError as { code?: string; constraint?: string };
      if (driverError.code === '23505') {
        return {
          message: 'A record with the same unique value already exists.',
          path,
          locations,
          extensions: { code: ErrorCode.CONFLICT },
        };
      }
      if (driverError.code === '57014') {
        return {
          message:
            'The query took too long for the database and was stopped; narrow the filter or ask for fewer items.',
          path,
          locations,
          extensions: { code: ErrorCode.QUERY_TIMEOUT },
        };
      }
      if (driverError.code === '23503') {
        return {
          message: 'The record is referenced by, or refers to, a record that does not allow it.',
          path,
          locations,
          extensions: { code: ErrorCode.IN_USE },
        };
      }
    }
    if (isConnectionFailure(error)) {
      return {
        message: 'The database is unavailable; try again shortly.',
        path,
        locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (error instanceof GraphQLError) {
      const code = String(formatted.extensions?.code ?? '');
      if (
        code === ErrorCode.GRAPHQL_PARSE_FAILED &&
        /more th\w+ \d+ tokens/.test(formatted.message)
      ) {
        return { ...formatted, extensions: { code: ErrorCode.QUERY_TOO_LARGE } };
      }
      if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
    }
    return {
      message: 'Internal server error',
      path,
      locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
