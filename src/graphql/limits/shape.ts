import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationShape {
  /** Deepest nesting of fields, fragments flattened (`{ a { b } }` is 2). */
  depth: number;
  /** Fields given an alias. */
  aliases: number;
  /** Directive uses anywhere in the operation and the fragments it uses. */
  directives: number;
}

/** Measures the operation that will run (others in the document are not executed). */
export function operationShape(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationShape {
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
  const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
  if (!operation) {
    return shape;
  }
  shape.directives += operation.directives?.length ?? 0;
  const counted = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, depth: number, path: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        shape.depth = Math.max(shape.depth, depth + 1);
        if (selection.alias) {
          shape.aliases += 1;
        }
        if (selection.selectionSet) {
          walk(selection.selectionSet, depth + 1, path);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is invalid GraphQL; stop rather than loop.
        if (fragment && !path.has(fragment.name.value)) {
          if (!counted.has(fragment.name.value)) {
            counted.add(fragment.name.value);
            shape.directives += fragment.directives?.length ?? 0;
          }
          walk(fragment.selectionSet, depth, new Set([...path, fragment.name.value]));
        }
      }
    }
  };
  walk(operation.selectionSet, 0, new Set());
  return shape;
}
