import { coerceInputValue, isInputObjectType, type GraphQLSchema } from 'graphql';

import { badInput } from '../../graphql/errors';

/**
 * Reads a list filter given as JSON text (the `filter` query parameter of exports) and coerces it
 * with graphql-js against the kind's XFilter input type, exactly as the GraphQL list argument
 * would be: unknown fields, wrong enum values or malformed scalars are BAD_USER_INPUT naming the
 * field ("filter.period.overlaps.form").
 */
export function parseFilterParameter(
  schema: GraphQLSchema,
  filterType: string,
  text: string | undefined,
): object | null {
  if (text === undefined || text.trim() === '') {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badInput('filter', 'is not valid JSON');
  }
  const type = schema.getType(filterType);
  if (!isInputObjectType(type)) {
    throw new Error(`${filterType} is not an input type of the schema`);
  }
  let problem: { field: string; message: string } | undefined;
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    problem ??= {
      field: ['filter', ...path].join('.'),
      // graphql-js messages may quote the offending value: long ones are cut, never echoed whole.
      message: error.message.replace(/"[^"]*"/g, (quoted) => (quoted.length > 40 ? '"…"' : quoted)),
    };
  });
  if (problem) {
    throw badInput(problem.field, problem.message);
  }
  return coerced as object | null;
}
