import { userError, UserErrorCode } from '../../graphql/user-error';
import type { FuzzyDateColumns } from '../fuzzy-date/fuzzy-date.columns';

// Rules on a row as it would be stored: they see stored values merged with the input, so an
// update that sends only one side of a pair is checked against the other side in the database.

/** INVALID_DATE_RANGE when `later` cannot reach `earlier` at all (its last possible day is before the other's first). */
export function assertDateNotBefore(
  earlier: FuzzyDateColumns | undefined,
  later: FuzzyDateColumns | undefined,
  field: string,
  message: string,
): void {
  if (earlier?.start && later?.start && later.latest !== null && later.latest < earlier.start) {
    throw userError(UserErrorCode.INVALID_DATE_RANGE, field, message);
  }
}

/** INVALID_RANGE when both ends are known and `high` is below `low`. */
export function assertLowHigh(
  low: number | null | undefined,
  high: number | null | undefined,
  field: string,
  message: string,
): void {
  if (low != null && high != null && high < low) {
    throw userError(UserErrorCode.INVALID_RANGE, field, message);
  }
}

/** INVALID_COMBINATION when only one of two values that belong together is set. */
export function assertTogether(
  first: unknown,
  second: unknown,
  field: string,
  message: string,
): void {
  if ((first == null) !== (second == null)) {
    throw userError(UserErrorCode.INVALID_COMBINATION, field, message);
  }
}
