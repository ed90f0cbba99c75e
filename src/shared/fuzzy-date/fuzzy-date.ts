import { DatePrecision } from './date-precision.enum';
import type { FuzzyDateColumns } from './fuzzy-date.columns';

/** A reported date as people write it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export interface FuzzyDateSpec {
  from: string;
  to?: string | null;
  ongoing?: boolean | null;
  note?: string | null;
}

export interface ParsedPartialDate {
  /** First day of the period, 'YYYY-MM-DD'. */
  first: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  last: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; returns null for anything else, including 2023-02-30. */
export function parsePartialDate(text: string): ParsedPartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (year < 1 || match[2] === undefined) {
    return {
      first: `${pad(year, 4)}-01-01`,
      last: `${pad(year, 4)}-12-31`,
      precision: DatePrecision.YEAR,
    };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return null;
  }
  const monthText = `${pad(year, 4)}-${pad(month)}`;
  if (match[3] === undefined) {
    return {
      first: `${monthText}-01`,
      last: `${monthText}-${pad(daysInMonth(year, month))}`,
      precision: DatePrecision.MONTH,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { first: text, last: text, precision: DatePrecision.DAY };
}

export class FuzzyDateError extends Error {
  constructor(
    readonly field: 'from' | 'to' | 'ongoing',
    message: string,
  ) {
    super(message);
  }
}

/** Turns a reported date into its stored columns; throws FuzzyDateError on a malformed or backwards range. */
export function toFuzzyDateColumns(spec: FuzzyDateSpec): FuzzyDateColumns {
  const from = parsePartialDate(spec.from);
  if (!from) {
    throw new FuzzyDateError(
      'from',
      `"${spec.from}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  const to = spec.to ? parsePartialDate(spec.to) : null;
  if (spec.to && !to) {
    throw new FuzzyDateError(
      'to',
      `"${spec.to}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  if (to && spec.ongoing) {
    throw new FuzzyDateError(
      'ongoing',
      'an ongoing date has no end: give either to or ongoing, not both',
    );
  }
  if (to && to.last < from.first) {
    throw new FuzzyDateError('to', `the range ends (${spec.to}) before it starts (${spec.from})`);
  }
  return {
    start: from.first,
    startPrecision: from.precision,
    end: to ? to.first : null,
    endPrecision: to ? to.precision : null,
    latest: spec.ongoing ? null : (to ?? from).last,
    note: spec.note ?? null,
  };
}

/** The empty value for an unknown date (all columns null). */
export function emptyFuzzyDateColumns(): FuzzyDateColumns {
  return {
    start: null,
    startPrecision: null,
    end: null,
    endPrecision: null,
    latest: null,
    note: null,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatPartial(first: string, precision: DatePrecision): string {
  const [year, month, day] = first.split('-');
  if (precision === DatePrecision.YEAR) {
    return year;
  }
  const monthName = MONTHS[Number(month) - 1];
  return precision === DatePrecision.MONTH
    ? `${monthName} ${year}`
    : `${Number(day)} ${monthName} ${year}`;
}

/** Back to the form it was reported in: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export function toPartialDateText(first: string, precision: DatePrecision): string {
  if (precision === DatePrecision.YEAR) {
    return first.slice(0, 4);
  }
  return precision === DatePrecision.MONTH ? first.slice(0, 7) : first;
}

/** A human label: "2018", "May 2024", "4 May 2024", "Dec 2023 – Jan 2024", "since 2015". */
export function formatFuzzyDate(columns: FuzzyDateColumns): string | null {
  if (!columns.start || !columns.startPrecision) {
    return null;
  }
  const from = formatPartial(columns.start, columns.startPrecision);
  if (columns.latest === null) {
    return `since ${from}`;
  }
  if (columns.end && columns.endPrecision) {
    return `${from} – ${formatPartial(columns.end, columns.endPrecision)}`;
  }
  return from;
}
