import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

import { DEFAULT_PAGE_SIZE } from '../connection';
import { coerceVariables } from '../variables';

export interface CostOptions {
  /** Extra cost of particular fields, by "Type.field" (e.g. stats and search do more work per call). */
  weights: Record<string, number>;
}

/** Search and aggregates scan many rows per call, so they are priced above a plain field. */
export const DEFAULT_WEIGHTS: Record<string, number> = {
  'Query.search': 10,
  'Query.incidentStats': 50,
  'Query.plotStats': 50,
  'Query.arrestStats': 50,
  'Query.sentenceStats': 50,
  'Query.sanctionStats': 50,
  'Query.weaponsTransferStats': 50,
};

function isListOf(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The cost of an operation before it runs, GitHub-style: every object field costs 1, and what a
 * connection returns per item costs `first` (or `last`, default 20) times over. Scalars are free.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | undefined,
  options: CostOptions = { weights: DEFAULT_WEIGHTS },
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    } else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    ) {
      operation ??= definition;
    }
  }
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) {
    return 0;
  }
  // Variables arrive raw; coerce them as execution will. Invalid ones fail execution before any
  // resolver runs, so such a request costs nothing.
  const coerced = coerceVariables(schema, operation, rawVariables);
  if (coerced.errors) {
    return 0;
  }
  const variables = coerced.coerced;

  const fieldCost = (
    parent: GraphQLCompositeType,
    node: FieldNode,
    visited: Set<string>,
  ): number => {
    if (node.name.value.startsWith('__') || isUnionType(parent)) {
      // Meta fields (introspection costs 1 per field); on a union only __typename is selectable.
      return node.name.value === '__typename' ? 0 : 1;
    }
    const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[node.name.value];
    if (!field) {
      return 0;
    }
    const type = getNamedType(field.type);
    if (!isCompositeType(type) || !node.selectionSet) {
      return 0;
    }
    const weight = options.weights[`${parent.name}.${field.name}`] ?? 1;
    const args = getArgumentValues(field, node, variables);
    if (type.name.endsWith('Connection')) {
      const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
      return weight + selectionCost(type, node.selectionSet, visited, size);
    }
    // nodes(ids:) returns one object per id.
    const times = isListOf(field.type) && Array.isArray(args.ids) ? args.ids.length : 1;
    return times * (weight + selectionCost(type, node.selectionSet, visited, 1));
  };

  // `perItem` multiplies what a connection returns for each item (edges, nodes).
  const selectionCost = (
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    visited: Set<string>,
    perItem: number,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const itemField = perItem !== 1 && ['edges', 'nodes'].includes(selection.name.value);
        total += (itemField ? perItem : 1) * fieldCost(type, selection, visited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        total += selectionCost(
          isCompositeType(condition) ? condition : type,
          selection.selectionSet,
          visited,
          perItem,
        );
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is invalid GraphQL; stop rather than loop.
        if (fragment && !visited.has(fragment.name.value)) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          total += selectionCost(
            isCompositeType(condition) ? condition : type,
            fragment.selectionSet,
            new Set([...visited, fragment.name.value]),
            perItem,
          );
        }
      }
    }
    return total;
  };

  return selectionCost(root, operation.selectionSet, new Set(), 1);
}
