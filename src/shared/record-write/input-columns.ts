import { badInput } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/global-id';
import {
  emptyFuzzyDateColumns,
  FuzzyDateError,
  toFuzzyDateColumns,
  type FuzzyDateSpec,
} from '../fuzzy-date/fuzzy-date';

/** Turns one input value (never undefined) into its column value; `path` names it in errors. */
export type Converter = (value: unknown, path: string) => unknown;

/** Input field → converter. Input fields carry the names of the entity properties they fill. */
export type ColumnMap = Record<string, Converter>;

/** Stored as given; null clears. */
export const asIs: Converter = (value) => value;

/** A list column (never null): null or [] empties it. */
export const list: Converter = (value) => value ?? [];

/** A FuzzyDateInput to its embedded columns; null makes the date unknown. */
export const fuzzyDate: Converter = (value, path) => {
  if (value === null) {
    return emptyFuzzyDateColumns();
  }
  try {
    return toFuzzyDateColumns(value as FuzzyDateSpec);
  } catch (error) {
    // class-validator rejects these first; this keeps the mapping safe on its own.
    if (error instanceof FuzzyDateError) {
      throw badInput(`${path}.${error.field}`, error.message);
    }
    throw error;
  }
};

/** A global ID of `typeName` to its UUID (decoded here, at the edge); a wrong kind is BAD_USER_INPUT. */
export const reference =
  (typeName: string): Converter =>
  (value, path) =>
    value === null ? null : fromGlobalId(value as string, typeName, path);

/** A money amount to the two-decimal text PostgreSQL's numeric gives back. */
export const decimal: Converter = (value) => (value === null ? null : (value as number).toFixed(2));

/**
 * Maps an input object to column values, leaving out absent fields (so an update touches only
 * what it names). A field in `required` may be left out but not set to null.
 */
export function toColumns(
  map: ColumnMap,
  input: object,
  required: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, convert] of Object.entries(map)) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) {
      continue;
    }
    const path = `input.${key}`;
    if (value === null && required.has(key)) {
      throw badInput(path, 'cannot be null; leave it out to keep the current value');
    }
    values[key] = value === null ? convert(null, path) : convert(value, path);
  }
  return values;
}
