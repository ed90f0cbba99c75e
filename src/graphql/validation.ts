import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Validates a mutation's `input` argument with class-validator and names fields from the
 * argument down ("input.date.to"), the paths clients see in their own documents. Absent and
 * null fields are skipped (type-graphql's default): GraphQL already enforces required ones.
 */
export async function validateInput(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') {
    return;
  }
  const errors = await validate(value, {
    skipMissingProperties: true,
    forbidUnknownValues: false,
  });
  if (errors.length > 0) {
    const root = Object.assign(new ValidationError(), { property: 'input', children: errors });
    throw new ArgumentValidationError([root]);
  }
}

/** Options for an `input` argument: validated, with field paths starting at "input". */
export const INPUT_ARG = { validateFn: validateInput } as const;

// Whether a class carries class-validator constraints, learnt once per class.
const constrained = new Map<unknown, boolean>();

function hasConstraints(type: unknown): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known =
      typeof type === 'function' &&
      getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

/**
 * type-graphql's validation for every other argument: class-validator only where the argument's
 * class declares constraints. type-graphql's default validates every object argument of every
 * field call (100 nested `actors(first: 5)` make 100 validations of nothing), and re-requires
 * class-validator each time.
 */
export async function validateArgument(value: unknown, type: unknown): Promise<void> {
  if (value === null || typeof value !== 'object' || !hasConstraints(type)) {
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const errors = await validate(item as object, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
    });
    if (errors.length > 0) {
      throw new ArgumentValidationError(errors);
    }
  }
}
