import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';

import { ErrorCode } from '../errors';
import { BudgetExceeded, type BudgetState, type CostBudget, type Payer } from './budget';
import { operationCost } from './cost';
import { operationShape } from './shape';

export interface RequestLimits {
  /** Highest cost one request may have. */
  maxRequestCost: number;
  /** Deepest field nesting. */
  maxDepth: number;
  /** Most aliased fields. */
  maxAliases: number;
  /** Most directive uses. */
  maxDirectives: number;
}

const refuse = (code: ErrorCode, message: string, details: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });

/** Depth, alias and directive limits: each rejection has its own code and says what to change. */
function checkShape(
  limits: RequestLimits,
  document: DocumentNode,
  operationName: string | null | undefined,
): void {
  const shape = operationShape(document, operationName);
  if (shape.depth > limits.maxDepth) {
    throw refuse(
      ErrorCode.QUERY_TOO_DEEP,
      `This query nests fields ${shape.depth} deep, over the limit of ${limits.maxDepth}: split it into several queries, using node(id:) to continue from a record.`,
      { depth: shape.depth, limit: limits.maxDepth },
    );
  }
  if (shape.aliases > limits.maxAliases) {
    throw refuse(
      ErrorCode.TOO_MANY_ALIASES,
      `This query uses ${shape.aliases} aliases, over the limit of ${limits.maxAliases}: use one list with a filter instead of many aliased lookups.`,
      { aliases: shape.aliases, limit: limits.maxAliases },
    );
  }
  if (shape.directives > limits.maxDirectives) {
    throw refuse(
      ErrorCode.TOO_MANY_DIRECTIVES,
      `This query uses ${shape.directives} directives, over the limit of ${limits.maxDirectives}.`,
      { directives: shape.directives, limit: limits.maxDirectives },
    );
  }
}

export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

/** Who pays for a request: its tier (anonymous or API key) and a stable id within it. */
export type PayerOf<C> = (context: C) => Payer;

const report = (requested: number, state: BudgetState): CostReport => ({
  requested,
  limit: state.limit,
  remaining: state.remaining,
  resetAt: state.resetAt.toISOString(),
});

/**
 * Checks the operation's shape, then prices it before it runs (operationCost), refusing one that
 * costs more than the per-request maximum (QUERY_TOO_COMPLEX, 400). Returns its cost. Requests
 * over HTTP and subscriptions over the WebSocket pass the same checks.
 */
export function priceOperation(
  limits: RequestLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  checkShape(limits, document, operationName);
  const requested = operationCost(schema, document, operationName, variables);
  if (requested > limits.maxRequestCost) {
    throw new GraphQLError(
      `This query would cost ${requested}, over the limit of ${limits.maxRequestCost} per request: ask for fewer items (first/last) or fewer nested lists.`,
      {
        extensions: {
          code: ErrorCode.QUERY_TOO_COMPLEX,
          cost: { requested, limit: limits.maxRequestCost },
          http: { status: 400 },
        },
      },
    );
  }
  return requested;
}

/** A request refused for its client's hourly budget; `cost` says what is left and when. */
export class BudgetRefusal extends GraphQLError {
  constructor(
    message: string,
    extensions: Record<string, unknown>,
    readonly cost: CostReport,
  ) {
    super(message, { extensions });
  }
}

/**
 * Spends `requested` from the payer's hourly budget, or refuses (BudgetRefusal: RATE_LIMITED,
 * 429 with Retry-After) without spending when too little is left.
 */
export async function spendBudget(
  budget: CostBudget,
  { tier, id }: Payer,
  requested: number,
): Promise<CostReport> {
  try {
    return report(requested, await budget.spend(tier, id, requested));
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) {
      throw error;
    }
    throw new BudgetRefusal(
      `Hourly cost budget used up (${error.state.limit} per hour for ${tier === 'key' ? 'this API key' : 'anonymous clients'}); retry after ${error.retryAfterSeconds} s, or use an API key for a larger budget.`,
      {
        code: ErrorCode.RATE_LIMITED,
        retryAfterSeconds: error.retryAfterSeconds,
        http: {
          status: 429,
          headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]),
        },
      },
      report(requested, error.state),
    );
  }
}

/** priceOperation and spendBudget for every HTTP request, with the cost in `extensions.cost`. */
export function limitsPlugin<C extends object>(
  limits: RequestLimits,
  budget: CostBudget,
  payer: PayerOf<C>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let cost: CostReport | undefined;
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const requested = priceOperation(
            limits,
            schema,
            document,
            operationName,
            request.variables,
          );
          try {
            cost = await spendBudget(budget, payer(contextValue), requested);
          } catch (error) {
            // A refused request still reports what it would have cost and what is left.
            if (error instanceof BudgetRefusal) {
              cost = error.cost;
            }
            throw error;
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost,
            };
          }
        },
      };
    },
  };
}
