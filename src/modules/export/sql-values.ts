import { escapeLiteral } from 'pg';

/**
 * SQL expressions that format values exactly as the API's JavaScript mappers and JSON.stringify
 * do, so that PostgreSQL can write export files itself. Every helper takes and returns SQL text;
 * the only values spliced in are names from the code (never client input).
 */

/** A string constant from the code as an SQL literal. */
export const literal = (text: string): string => escapeLiteral(text);

/** Text as Buffer.from(text).toString('base64url') writes it: URL alphabet, unpadded. */
export const base64urlSql = (textSql: string): string =>
  // encode() wraps base64 lines at 76 characters: the newline goes with the padding. replace()
  // rather than one translate(), which cost ~3 µs per id (a third of a 1M-row export's CPU).
  `replace(replace(replace(replace(encode(convert_to(${textSql}, 'UTF8'), 'base64'), chr(10), ''), '=', ''), '+', '-'), '/', '_')`;

/** The Relay id of `idSql` (a uuid), as toGlobalId makes it: base64url of "v1:<Type>:<uuid>", unpadded. */
export const globalIdSql = (typeName: string, idSql: string): string =>
  base64urlSql(`${literal(`v1:${typeName}:`)} || ${idSql}::text`);

/** A timestamptz as Date.toISOString(): UTC, milliseconds truncated as pg's Date parsing does. */
export const isoTimestampSql = (sql: string): string =>
  `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A date as 'YYYY-MM-DD' whatever the session's DateStyle. */
export const localDateSql = (sql: string): string => `to_char(${sql}, 'YYYY-MM-DD')`;

/**
 * A float8 as JavaScript's String(number). PostgreSQL prints the same shortest round-trip digits
 * (extra_float_digits = 1) but switches to exponent notation outside [1e-4, 1e15), JavaScript
 * outside [1e-6, 1e21), and writes exponents as e-05 rather than e-5.
 */
export function jsNumberSql(sql: string): string {
  const text = `(${sql})::text`;
  const mantissa = `split_part(ltrim(${text}, '-'), 'e', 1)`;
  const digits = `replace(${mantissa}, '.', '')`;
  const exponent = `split_part(${text}, 'e', 2)::int`;
  const sign = `CASE WHEN ${sql} < 0 THEN '-' ELSE '' END`;
  return `CASE
    WHEN ${sql} = 0 THEN '0'
    WHEN ${sql} IN ('NaN', 'Infinity', '-Infinity') OR abs(${sql}) BETWEEN 1e-4 AND 1e15 AND abs(${sql}) <> 1e15 THEN ${text}
    WHEN abs(${sql}) < 1e-6 OR abs(${sql}) >= 1e21
      THEN ${sign} || ${mantissa} || 'e' || CASE WHEN ${exponent} > 0 THEN '+' ELSE '-' END || abs(${exponent})::text
    WHEN ${exponent} < 0 THEN ${sign} || '0.' || repeat('0', -${exponent} - 1) || ${digits}
    WHEN length(${digits}) > ${exponent} + 1
      THEN ${sign} || left(${digits}, ${exponent} + 1) || '.' || substr(${digits}, ${exponent} + 2)
    ELSE ${sign} || rpad(${digits}, ${exponent} + 1, '0')
  END`;
}

/** JSON text of a value (null → null), escaped as JSON.stringify escapes strings. */
export const jsonSql = (sql: string): string => `COALESCE(to_json(${sql})::text, 'null')`;

/** JSON text of a float8: JSON.stringify writes non-finite numbers as null. */
export const jsonNumberSql = (sql: string): string =>
  `CASE WHEN ${sql} IS NULL OR ${sql} IN ('NaN', 'Infinity', '-Infinity') THEN 'null' ELSE ${jsNumberSql(sql)} END`;

/** A JSON object as JSON.stringify writes it (no spaces, keys in this order) from JSON-text parts. */
export const jsonObjectSql = (entries: [string, string][]): string =>
  entries
    .map(
      ([key, value], index) =>
        `${literal(`${index === 0 ? '{' : ','}${JSON.stringify(key)}:`)} || ${value}`,
    )
    .concat(`'}'`)
    .join(' || ');

/** 'true' / 'false' as String(boolean) writes them; null stays null. */
export const booleanTextSql = (sql: string): string =>
  `CASE WHEN ${sql} THEN 'true' WHEN NOT ${sql} THEN 'false' END`;

/** An uncertain date's stored columns, e.g. "incident"."dateStart", "incident"."dateStartPrecision". */
export interface FuzzyDateSql {
  start: string;
  startPrecision: string;
  end: string;
  endPrecision: string;
  latest: string;
  note: string;
}

export const fuzzyDateColumns = (alias: string, prefix: string): FuzzyDateSql => ({
  start: `"${alias}"."${prefix}Start"`,
  startPrecision: `"${alias}"."${prefix}StartPrecision"`,
  end: `"${alias}"."${prefix}End"`,
  endPrecision: `"${alias}"."${prefix}EndPrecision"`,
  latest: `"${alias}"."${prefix}Latest"`,
  note: `"${alias}"."${prefix}Note"`,
});

const partialDate = (day: string, precision: string): string =>
  `CASE ${precision} WHEN 'YEAR' THEN to_char(${day}, 'YYYY') WHEN 'MONTH' THEN to_char(${day}, 'YYYY-MM') ELSE to_char(${day}, 'YYYY-MM-DD') END`;

// formatFuzzyDate's "2018", "May 2024", "4 May 2024" (to_char's month names ignore lc_time without TM).
const partialLabel = (day: string, precision: string): string =>
  `CASE ${precision} WHEN 'YEAR' THEN to_char(${day}, 'YYYY') WHEN 'MONTH' THEN to_char(${day}, 'Mon YYYY') ELSE to_char(${day}, 'FMDD Mon YYYY') END`;

/** Whether an uncertain date is known: toFuzzyDate gives null otherwise. */
export const fuzzyDateKnown = (date: FuzzyDateSql): string =>
  `${date.start} IS NOT NULL AND ${date.startPrecision} IS NOT NULL`;

/**
 * The FuzzyDate fields toFuzzyDate computes, each as text (null when the date is unknown):
 * from, to, precision, toPrecision, start, latest, ongoing, label, note.
 */
export function fuzzyDateParts(date: FuzzyDateSql): Record<string, string> {
  const known = fuzzyDateKnown(date);
  const ranged = `${date.end} IS NOT NULL AND ${date.endPrecision} IS NOT NULL`;
  const when = (sql: string) => `CASE WHEN ${known} THEN ${sql} END`;
  const from = partialLabel(date.start, date.startPrecision);
  return {
    from: when(partialDate(date.start, date.startPrecision)),
    to: when(`CASE WHEN ${ranged} THEN ${partialDate(date.end, date.endPrecision)} END`),
    precision: when(`${date.startPrecision}::text`),
    toPrecision: when(`${date.endPrecision}::text`),
    start: when(localDateSql(date.start)),
    latest: when(localDateSql(date.latest)),
    ongoing: when(booleanTextSql(`${date.latest} IS NULL`)),
    label: when(`CASE
      WHEN ${date.latest} IS NULL THEN 'since ' || ${from}
      WHEN ${ranged} THEN ${from} || ' – ' || ${partialLabel(date.end, date.endPrecision)}
      ELSE ${from} END`),
    note: when(date.note),
  };
}
