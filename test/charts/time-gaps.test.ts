import { scaleUtc } from 'd3';
import { describe, expect, test } from 'vitest';
import { gapAxis } from '../../src/charts/time-gaps.js';

const t = (iso: string) => Date.parse(iso);

describe('gapAxis', () => {
  test('gapAxis(…) squeezes a long empty stretch between a burst of events and a late one', () => {
    const burst = ['2014-05-02', '2014-05-10', '2014-05-19', '2014-05-25', '2014-05-30'].map(t);
    const times = [...burst, t('2015-07-01')];
    const axis = gapAxis(t('2014-04-20'), t('2016-01-10'), times, { range: [100, 900] });
    expect(axis.breaks).toEqual([{ start: new Date('2014-05-30'), end: new Date('2015-07-01') }]);
    const x = scaleUtc(axis.domain, axis.range);
    // The month of the burst takes most of the width, not the 5% a linear axis would give it.
    expect(x(new Date('2014-05-30')) - x(new Date('2014-05-02'))).toBeGreaterThan(500);
    expect(x(new Date('2014-04-20'))).toBe(100);
    expect(x(new Date('2016-01-10'))).toBeCloseTo(900, 6);
    expect(axis.ticks.every((tick) => tick < new Date('2014-05-31') || tick > new Date('2015-07-01'))).toBe(true);
  });

  test('gapAxis(…) keeps a plain linear axis for evenly spread or few events', () => {
    const even = gapAxis(t('2020-01-01'), t('2021-01-01'), ['2020-03-01', '2020-06-01', '2020-09-01', '2020-11-01'].map(t), { range: [0, 600] });
    expect(even.breaks).toEqual([]);
    expect(even.domain.map(Number)).toEqual([t('2020-01-01'), t('2021-01-01')]);
    const few = gapAxis(t('2018-01-01'), t('2021-01-01'), [t('2018-02-01'), t('2020-11-01')], { range: [0, 600] });
    expect(few.breaks).toEqual([]);
  });

  test('gapAxis(…, {reserve}) leaves room at the right and runs the axis on to the edge', () => {
    const axis = gapAxis(t('2020-01-01'), t('2020-03-01'), [t('2020-02-01')], { range: [0, 600], reserve: 100 });
    expect(axis.range.at(-2)).toBeCloseTo(500, 6);
    expect(axis.range.at(-1)).toBe(600);
    expect(+axis.domain.at(-1)!).toBeGreaterThan(t('2020-03-01'));
  });

  test('gapAxis(…) formats the year on the first tick only, within one year', () => {
    const axis = gapAxis(t('2014-04-28'), t('2014-06-02'), ['2014-05-02', '2014-05-19', '2014-05-30'].map(t), { range: [0, 800] });
    const labels = axis.ticks.map(axis.tickFormat);
    expect(labels[0]).toMatch(/2014$/);
    expect(labels.slice(1).every((l) => !l.includes('2014'))).toBe(true);
  });
});
