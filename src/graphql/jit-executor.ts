import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  GraphQLError,
  GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  printSchema,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

import { coerceVariables } from './variables';

/**
 * Stands in for the declared type of every variable of an input object type in the documents
 * graphql-jit compiles: graphql-js coerces all variables first (its checks and messages, which
 * Apollo recognises as bad user input) and graphql-jit takes those values as they are. Its own
 * coercion of input objects is generated code that inlines every nested input type; for our
 * recursive filter inputs (and/or/not, filters through relations) compiling one
 * `$filter: PlaceFilter` took 10 s and 780 MB. Variables of scalar and enum types keep their
 * types (graphql-jit checks them where @skip/@include use them) and are coerced by both, from the
 * client's values, with the same parseValue.
 */
const COERCED_VARIABLE = new GraphQLScalarType({
  name: 'JitCoercedVariable',
  description: 'Internal to the executor: a variable value graphql-js has already coerced.',
});

interface Compiled {
  query: CompiledQuery;
  /** The variables declared as COERCED_VARIABLE in the compiled document. */
  precoerced: Set<string>;
}

/**
 * Answers an operation some other way before graphql-jit does, or declines with null: the API's
 * compiled reads (modules/compiled-read). It gets the variables coerced.
 */
export type FastPath = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  context: unknown,
) => Promise<ExecutionResult | null>;

/**
 * Executes operations with graphql-jit instead of graphql-js. graphql-jit compiles each document
 * once into JavaScript that walks the selection set without per-field interpretation, and without
 * a promise or path object where a field resolves synchronously. For a page of 100 incidents with
 * their nested lists (~3,000 resolved fields), graphql-js's execution was the largest share of the
 * API's CPU after garbage collection.
 *
 * Apollo Server 4+ has no executor option; its gateway interface is the supported way to supply
 * one (plugins, error formatting and the rest of the request pipeline run as before).
 * Subscriptions do not pass through Apollo and keep graphql-js.
 */
export function jitGateway(schema: GraphQLSchema, fastPath?: FastPath): GatewayInterface {
  // The schema as graphql-jit sees it: the API's schema, in which the compiler also finds
  // COERCED_VARIABLE by name. Not a schema with one more type: introspection, which reads the
  // resolvers' info.schema, would list it.
  const jitSchema = Object.create(schema, {
    getType: {
      value: (name: string) =>
        name === COERCED_VARIABLE.name ? COERCED_VARIABLE : schema.getType(name),
    },
  }) as GraphQLSchema;
  // Apollo keeps one parsed DocumentNode per distinct query text in its bounded document store,
  // so the document object identifies the compiled query, which is collected with it.
  const compiled = new WeakMap<DocumentNode, Map<string | null, Compiled>>();

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode) => {
    const operationName = operation.name?.value ?? null;
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const known = byOperation.get(operationName);
    if (known) {
      return known;
    }
    const precoerced = new Set<string>();
    const query = compileQuery(
      jitSchema,
      withCoercedVariables(schema, document, precoerced),
      operationName ?? undefined,
    );
    if (!isCompiledQuery(query)) {
      // Apollo has validated the document and resolved the operation: compilation cannot fail
      // on the client's account.
      throw new Error(`graphql-jit could not compile: ${query.errors?.[0]?.message}`);
    }
    const entry = { query, precoerced };
    byOperation.set(operationName, entry);
    return entry;
  };

  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    if (!operation) {
      // No operation matches the request's operationName: graphql-js states the error exactly
      // as Apollo expects to report it.
      return execute({
        schema,
        document,
        operationName: request.operationName,
        contextValue: context,
        variableValues: request.variables,
      });
    }
    const raw = request.variables ?? {};
    const variables = coerceVariables(schema, operation, request.variables);
    if (variables.errors) {
      return { errors: variables.errors };
    }
    const fast = await fastPath?.(document, operation, variables.coerced, context);
    if (fast) {
      return fast;
    }
    const { query, precoerced } = compiledFor(document, operation);
    const values: Record<string, unknown> = { ...raw };
    for (const name of precoerced) {
      if (name in variables.coerced) {
        values[name] = variables.coerced[name];
      }
    }
    const result = await query.query(undefined, context, values);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/** The document with each variable of an input object type declared as COERCED_VARIABLE. */
function withCoercedVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  precoerced: Set<string>,
): DocumentNode {
  return visit(document, {
    VariableDefinition: (node) => {
      const type = typeFromAST(schema, node.type);
      if (!type || !isInputObjectType(getNamedType(type))) {
        return undefined;
      }
      precoerced.add(node.variable.name.value);
      return {
        ...node,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED_VARIABLE.name } },
        defaultValue: undefined,
      };
    },
  });
}

/**
 * graphql-jit's errors inherit from GraphQLError but carry no AST nodes and may have no
 * `extensions`, which Apollo's error formatting reads (extensions.code) before our error mapper
 * sees them. Rebuilt as graphql-js builds a located resolver error: same message, path and
 * locations, with the thrown error as originalError.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js computes locations from AST nodes, which graphql-jit does not keep.
  return Object.assign(rebuilt, { locations: error.locations });
}
