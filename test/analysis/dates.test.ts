import { describe, expect, test } from 'vitest';
import { dateSpan, formatDate, formatPeriod, periodEnd, periodPrecision, periodStart, spansOverlap } from '../../src/analysis/dates.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('dates', () => {
  test('periodStart(iso) is the first instant of a year, month or day, in UTC', () => {
    expect(periodStart('2014')).toBe(utc(2014));
    expect(periodStart('2014-05')).toBe(utc(2014, 5));
    expect(periodStart('2014-05-21')).toBe(utc(2014, 5, 21));
  });

  test('periodEnd(iso) is the first instant after the period (exclusive)', () => {
    expect(periodEnd('2014')).toBe(utc(2015));
    expect(periodEnd('2014-12')).toBe(utc(2015));
    expect(periodEnd('2014-02')).toBe(utc(2014, 3));
    expect(periodEnd('2014-05-31')).toBe(utc(2014, 6, 1));
  });

  test('periodStart(iso, precision) reads a string no finer than the declared precision', () => {
    expect(periodStart('2014-05-21', 'month')).toBe(utc(2014, 5));
    expect(periodEnd('2014-05-21', 'year')).toBe(utc(2015));
    // A declared precision finer than the string cannot invent a day.
    expect(periodEnd('2014-05', 'day')).toBe(utc(2014, 6));
  });

  test('periodStart(iso) is NaN for what is not an ISO date', () => {
    expect(periodStart('May 2014')).toBeNaN();
    expect(periodEnd('2014-13')).toBeNaN();
    expect(periodPrecision('soon')).toBeUndefined();
  });

  test('periodPrecision(iso) follows the string', () => {
    expect(periodPrecision('2015')).toBe('year');
    expect(periodPrecision('2015-01')).toBe('month');
    expect(periodPrecision('2015-01-02')).toBe('day');
  });

  test('dateSpan(date) covers a month-precise range to the end of its last month', () => {
    expect(dateSpan({ start: '2014-05', end: '2014-07', precision: 'month' })).toEqual({ start: utc(2014, 5), end: utc(2014, 8) });
    expect(dateSpan({ start: '2014', precision: 'year' })).toEqual({ start: utc(2014), end: utc(2015) });
  });

  test('spansOverlap(a, b) is false for spans that only touch', () => {
    expect(spansOverlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
  });

  test('formatPeriod and formatDate say only what the date knows', () => {
    expect(formatPeriod('2014-05-21')).toBe('21 May 2014');
    expect(formatPeriod('2014-05')).toBe('May 2014');
    expect(formatPeriod('2014')).toBe('2014');
    expect(formatDate({ start: '2014-05', end: '2014-06', precision: 'month' })).toBe('May 2014 – Jun 2014');
  });
});
