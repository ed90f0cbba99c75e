import { escapeLiteral } from 'pg';
import type { EntityManager } from 'typeorm';

// pg's array literal for a bind parameter: elements quoted, backslashes and quotes escaped.
const arrayLiteral = (values: unknown[]): string =>
  `{${values
    .map((value) =>
      value === null || value === undefined
        ? 'NULL'
        : `"${parameterText(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    )
    .join(',')}}`;

// The text pg would send for a bind parameter of the kinds a coerced filter holds.
function parameterText(value: unknown): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (Array.isArray(value)) {
    return arrayLiteral(value);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  throw new TypeError(`cannot inline a parameter of type ${typeof value}`);
}

/** A filter value as an SQL literal of unknown type, which PostgreSQL types from its context as it types a bind parameter. */
export const sqlLiteral = (value: unknown): string =>
  value === null || value === undefined ? 'NULL' : escapeLiteral(parameterText(value));

/**
 * `sql` with its :named parameters (as the filter builder writes them) replaced by literals.
 *
 * COPY takes no bind parameters, so the export statement carries the filter's values inline.
 * This is safe against injection because every value goes through pg's escapeLiteral (quotes and
 * backslashes doubled, an E'' literal when there are backslashes, so standard_conforming_strings
 * does not matter); the statement text around them comes from the filter builder and the code,
 * never from the client; and the numbered placeholders TypeORM makes are replaced in one pass, so
 * a value that contains "$2" or ":name" is never read as a placeholder.
 */
export function inlineParameters(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): string {
  const [numbered, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return numbered.replace(/\$(\d+)/g, (_placeholder, index: string) =>
    sqlLiteral(values[Number(index) - 1]),
  );
}
