import { DatePrecision } from '../../src/shared/fuzzy-date/date-precision.enum';
import {
  FuzzyDateError,
  formatFuzzyDate,
  parsePartialDate,
  toFuzzyDateColumns,
} from '../../src/shared/fuzzy-date/fuzzy-date';

describe('parsePartialDate', () => {
  it.each([
    ['2018', { first: '2018-01-01', last: '2018-12-31', precision: DatePrecision.YEAR }],
    ['2024-05', { first: '2024-05-01', last: '2024-05-31', precision: DatePrecision.MONTH }],
    ['2024-02', { first: '2024-02-01', last: '2024-02-29', precision: DatePrecision.MONTH }],
    ['2023-02', { first: '2023-02-01', last: '2023-02-28', precision: DatePrecision.MONTH }],
    ['2024-05-04', { first: '2024-05-04', last: '2024-05-04', precision: DatePrecision.DAY }],
  ])('reads %s as the whole period it names', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['2024-13', '2023-02-29', '2024-5', '24', 'May 2024', '2024-05-04T00:00'])(
    'rejects %s',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );
});

describe('toFuzzyDateColumns', () => {
  it('stores a month-precise date as covering the whole month', () => {
    expect(toFuzzyDateColumns({ from: '2024-05' })).toEqual({
      start: '2024-05-01',
      startPrecision: DatePrecision.MONTH,
      end: null,
      endPrecision: null,
      latest: '2024-05-31',
      note: null,
    });
  });

  it('stores a range up to the last day of its end period', () => {
    expect(
      toFuzzyDateColumns({ from: '2023-12', to: '2024-01', note: 'late Dec to early Jan' }),
    ).toEqual({
      start: '2023-12-01',
      startPrecision: DatePrecision.MONTH,
      end: '2024-01-01',
      endPrecision: DatePrecision.MONTH,
      latest: '2024-01-31',
      note: 'late Dec to early Jan',
    });
  });

  it('stores "since 2015" as open-ended', () => {
    expect(toFuzzyDateColumns({ from: '2015', ongoing: true })).toMatchObject({
      start: '2015-01-01',
      latest: null,
    });
  });

  it('refuses a range that ends before it starts, naming the field', () => {
    expect(() => toFuzzyDateColumns({ from: '2024-05', to: '2024-04-30' })).toThrow(FuzzyDateError);
    try {
      toFuzzyDateColumns({ from: '2024-05', to: '2024-04-30' });
    } catch (error) {
      expect((error as FuzzyDateError).field).toBe('to');
    }
  });

  it('refuses an end and ongoing together', () => {
    expect(() => toFuzzyDateColumns({ from: '2015', to: '2016', ongoing: true })).toThrow(
      'either to or ongoing',
    );
  });
});

describe('formatFuzzyDate', () => {
  it.each([
    [{ from: '2018' }, '2018'],
    [{ from: '2024-05' }, 'May 2024'],
    [{ from: '2024-05-04' }, '4 May 2024'],
    [{ from: '2023-12', to: '2024-01' }, 'Dec 2023 – Jan 2024'],
    [{ from: '2015', ongoing: true }, 'since 2015'],
  ])('labels %j as %s', (spec, label) => {
    expect(formatFuzzyDate(toFuzzyDateColumns(spec))).toBe(label);
  });
});
