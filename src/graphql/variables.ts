import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

type Coerced = ReturnType<typeof getVariableValues>;

// By the request's variables object (one per request) and operation.
const coercedByRequest = new WeakMap<object, WeakMap<OperationDefinitionNode, Coerced>>();

/**
 * The operation's variables as graphql-js coerces them (defaults, scalars' parseValue, input
 * objects), or its errors (at most 50), once per request: the cost limit prices an operation with
 * them before it runs and the executor runs it with them. Coercing a filter walks every field of
 * each input type it nests (22 on IncidentFilter); twice per request it was ~10% of the API's CPU
 * for a filtered page.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown> | undefined,
): Coerced {
  const coerce = () =>
    getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {}, { maxErrors: 50 });
  if (!raw) {
    return coerce();
  }
  let byOperation = coercedByRequest.get(raw);
  if (!byOperation) {
    byOperation = new WeakMap();
    coercedByRequest.set(raw, byOperation);
  }
  let coerced = byOperation.get(operation);
  if (!coerced) {
    coerced = coerce();
    byOperation.set(operation, coerced);
  }
  return coerced;
}
