import { describe, expect, it } from 'vitest';
import { editChanges, otherEvents, readActor, readDate, shorten, trimSpan } from '../../src/components/correction-form-values.js';
import { chartsFixture } from '../support/fixtures.js';

const file = chartsFixture();
const event = (id: string) => file.events.find((e) => e.id === id)!;
const known = [
  { id: 'USA.BUS.IBM', name: 'IBM' },
  { id: 'CHN', name: 'China' },
  { id: 'CHN.GOV', name: 'Chinese government' },
];

describe('readDate', () => {
  it('reads an ISO date at the precision chosen, cut to it when the text says more', () => {
    expect(readDate(' 2014-05-21 ', 'day', false)).toEqual({ date: { start: '2014-05-21', precision: 'day' } });
    expect(readDate('2014-05-21', 'month', false)).toEqual({ date: { start: '2014-05', precision: 'month' } });
    expect(readDate('2014', 'year', false)).toEqual({ date: { start: '2014', precision: 'year' } });
  });

  it('gives no date when "No date" is ticked, whatever the text', () => {
    expect(readDate('not a date', 'day', true)).toEqual({ date: null });
  });

  it('refuses an empty text, a text that is not an ISO date, and a precision finer than the text', () => {
    expect(readDate('', 'day', false)).toEqual({ error: expect.stringContaining('No date') });
    for (const text of ['21 May 2014', '2014-13', '2014-05-32', '14-05-21']) expect(readDate(text, 'day', false)).toEqual({ error: expect.stringContaining('is not a date') });
    expect(readDate('2014-05', 'day', false)).toEqual({ error: expect.stringContaining('not precise to the day') });
  });
});

describe('readActor', () => {
  it('takes a known code in any case, or a known name', () => {
    expect(readActor('chn.gov', known)).toEqual({ id: 'CHN.GOV' });
    expect(readActor('Chinese Government', known)).toEqual({ id: 'CHN.GOV' });
  });

  it('reads a known name before a code that looks the same ("IBM" is the company)', () => {
    expect(readActor('IBM', known)).toEqual({ id: 'USA.BUS.IBM' });
  });

  it('takes a new code typed in capitals, and refuses anything else, saying why', () => {
    expect(readActor('USA.BUS.ACME', known)).toEqual({ id: 'USA.BUS.ACME' });
    expect(readActor('acme', known)).toEqual({ error: expect.stringContaining('neither an actor code') });
    expect(readActor('  ', known)).toEqual({ error: expect.stringContaining('Type an actor code') });
  });
});

describe('editChanges', () => {
  const e05 = event('e05');
  const same = { type: e05.type, measure: e05.measure!, source: [...e05.source], target: [...e05.target], date: e05.date! };

  it('is empty when nothing changed', () => {
    expect(editChanges(e05, same)).toEqual({});
  });

  it('holds only the fields that changed', () => {
    expect(editChanges(e05, { ...same, type: 'COERCE', target: ['AUS.BUS'] })).toEqual({ type: 'COERCE', target: ['AUS.BUS'] });
    expect(editChanges(e05, { ...same, date: { start: '2020-05', precision: 'month' } })).toEqual({ date: { start: '2020-05', precision: 'month' } });
  });

  it('sets the date to null to remove it, and leaves an undated event undated', () => {
    expect(editChanges(e05, { ...same, date: null })).toEqual({ date: null });
    const e13 = event('e13');
    expect(editChanges(e13, { type: e13.type, measure: e13.measure!, source: e13.source, target: e13.target, date: null })).toEqual({});
  });
});

describe('otherEvents', () => {
  it('offers every other event, those sharing actors and type first, then the nearest in time', () => {
    const others = otherEvents(file, event('e05'));
    expect(others).toHaveLength(file.events.length - 1);
    expect(others.some((e) => e.id === 'e05')).toBe(false);
    // e08 is the same measure by the same ministry against the same exporters.
    expect(others[0]!.id).toBe('e08');
  });

  it('offers at most `limit`', () => {
    expect(otherEvents(file, event('e05'), 3)).toHaveLength(3);
  });
});

describe('trimSpan', () => {
  it('trims white space at both ends, in either order of ends', () => {
    const text = 'One.  Beijing banned it.\n';
    expect(trimSpan(text, 4, 25)).toEqual({ start: 6, end: 24 });
    expect(trimSpan(text, 25, 4)).toEqual({ start: 6, end: 24 });
    expect(trimSpan(text, 4, 6)).toBeUndefined();
  });
});

describe('shorten', () => {
  it('keeps a short text, and cuts a long one at a word with an ellipsis', () => {
    expect(shorten('China  banned\nimports.')).toBe('China banned imports.');
    expect(shorten('China banned imports of Australian barley on Monday', 30)).toBe('China banned imports of…');
  });
});
