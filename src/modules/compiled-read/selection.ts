import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Thrown while compiling when a document asks for something only the resolvers answer:
 * `structural` when the document's shape alone decides it (a field, a fragment, a directive), so
 * the same document is declined again without compiling; otherwise it is the arguments' values.
 */
export class NotCompilable extends Error {
  constructor(
    why: string,
    readonly structural: boolean,
  ) {
    super(why);
  }
}

/** Declines the document for its shape, whatever its variables. */
export const notCompilable = (why: string): never => {
  throw new NotCompilable(why, true);
};

/** Declines the document for an argument's value (another value may compile). */
export const refuseArgument = (why: string): never => {
  throw new NotCompilable(why, false);
};

/**
 * The fields of a selection set on one object type, by response key, with fragments on that same
 * type flattened in. Anything the compiled path does not follow graphql-js on exactly is refused:
 * directives (@skip/@include), fragments on another type (interfaces, unions), and a response key
 * asked twice (graphql-js merges their sub-selections).
 */
export function collectFields(
  selectionSet: SelectionSetNode,
  typeName: string,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Map<string, FieldNode> = new Map(),
): Map<string, FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) {
      notCompilable('directive');
    }
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (into.has(key)) {
        notCompilable(`${key} asked twice`);
      }
      into.set(key, selection);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) {
      notCompilable('fragment on another type');
    }
    collectFields(fragment.selectionSet, typeName, fragments, into);
  }
  return into;
}

/** Only these arguments may carry a value; any other given (non-null) refuses the document. */
export function onlyArguments(args: Record<string, unknown>, allowed: string[]): void {
  for (const [name, value] of Object.entries(args)) {
    if (value != null && !allowed.includes(name)) {
      refuseArgument(`argument ${name}`);
    }
  }
}
