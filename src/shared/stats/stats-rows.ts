import type { StatsFields, StatsRow } from './stats-spec';

/**
 * StatsRows from the rows of a stats statement (columns key_<i>, count, sum_<name>). Plain loops:
 * a YEAR × COUNTRY chart is ~9,000 buckets, and per-row arrays and fromEntries showed in profiles.
 */
export function toStatsRows(
  rows: Record<string, unknown>[],
  spec: StatsFields,
  groupBy: readonly string[],
): StatsRow[] {
  const keyFields = groupBy.map((name) => spec.keys[name].field);
  const keyColumns = groupBy.map((_name, index) => `key_${index}`);
  const sumNames = Object.keys(spec.sums);
  const sumColumns = sumNames.map((name) => `sum_${name}`);
  const result: StatsRow[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    const keys: Record<string, unknown> = {};
    for (let key = 0; key < keyFields.length; key += 1) {
      keys[keyFields[key]] = row[keyColumns[key]];
    }
    const sums: Record<string, unknown> = {};
    for (let sum = 0; sum < sumNames.length; sum += 1) {
      sums[sumNames[sum]] = row[sumColumns[sum]];
    }
    result[index] = { keys, count: row.count as number, sums };
  }
  return result;
}
