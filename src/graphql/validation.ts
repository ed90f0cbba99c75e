import { validate, ValidationError } from 'class-validator';
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
