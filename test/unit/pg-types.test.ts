import fc from 'fast-check';
import { types } from 'pg';

import { PG_TYPES, parseTimestamptz } from '../../src/db/pg-types';

const pgParser = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (
  text: string,
) => Date | null;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

// timestamptz text as PostgreSQL prints it, in any session time zone.
const printed = fc
  .record({
    instant: fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }),
    micros: fc.integer({ min: 0, max: 999_999 }),
    digits: fc.integer({ min: 0, max: 6 }),
    offset: fc.integer({ min: -15 * 60, max: 15 * 60 }),
  })
  .map(({ instant, micros, digits, offset }) => {
    const local = new Date(instant + offset * 60_000);
    const fraction = digits ? `.${pad(micros, 6).slice(0, digits)}` : '';
    const hours = pad(Math.floor(Math.abs(offset) / 60), 2);
    const minutes = Math.abs(offset) % 60 ? `:${pad(Math.abs(offset) % 60, 2)}` : '';
    return (
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)} ` +
      `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}` +
      `${fraction}${offset < 0 ? '-' : '+'}${hours}${minutes}`
    );
  });

describe('timestamptz parsing', () => {
  it('reads every printed instant exactly as pg’s own parser does', () => {
    fc.assert(
      fc.property(printed, (text) => {
        expect(parseTimestamptz(text)?.getTime()).toBe(pgParser(text)?.getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves other shapes to pg’s parser', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '0099-01-01 00:00:00+00',
      '2020-01-01 00:00:00+05:30:15',
    ]) {
      expect(String(parseTimestamptz(text))).toBe(String(pgParser(text)));
    }
  });

  it('keeps calendar dates as text and instants as Dates in the pools', () => {
    expect(PG_TYPES.getTypeParser(types.builtins.DATE, 'text')('2018-06-30')).toBe('2018-06-30');
    expect(PG_TYPES.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(parseTimestamptz);
  });
});
