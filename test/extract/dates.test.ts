/** Date expressions read against the paper's date: news reports the past, except a period's bounds. */
import { describe, expect, it } from 'vitest';
import { findDates, referenceOf } from '../../src/extract/dates.js';

const ref = referenceOf('2023-07-04');
const first = (text: string, anchor?: { start: string; precision: 'day' | 'month' | 'year' }) => findDates(text, ref, anchor)[0]?.start;

describe('findDates', () => {
  it('a month after the paper\'s date is last year\'s ("in November" in a July paper)', () => {
    expect(first('China imposed the duties in November.')).toBe('2022-11');
  });
  it('a period that starts after the paper stays ahead ("licences from Aug. 1")', () => {
    expect(first('Exporters need licences from Aug. 1.')).toBe('2023-08-01');
  });
  it('"at the time" is the date told just before', () => {
    expect(first('The department said at the time that it opposed the move.', { start: '2023-05-21', precision: 'day' })).toBe('2023-05-21');
  });
});
