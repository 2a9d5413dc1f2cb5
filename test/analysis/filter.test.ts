import { describe, expect, test } from 'vitest';
import { filterEvents, matchesSelection } from '../../src/analysis/filter.js';
import { ev, eventsFile, link } from '../support/events.js';

const prefixNeighbours = eventsFile([
  ev('pboc', 'SANCTION', ['CHN.GOV.PBOC'], ['USA.BUS.IBM'], '2014-05'),
  ev('chnx', 'ACCUSE', ['CHNX.GOV'], ['USA.GOV'], '2014-05'),
  ev('usa', 'REJECT', ['USA.GOV'], ['CHN.GOV'], '2014-06-02'),
]);

const mixedPrecisions = eventsFile([
  ev('may', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2014-05'),
  ev('year', 'ACCUSE', ['USA.GOV'], ['CHN.GOV'], '2014'),
  ev('day', 'REJECT', ['CHN.GOV'], ['USA.GOV'], '2014-06-02'),
  ev('undated', 'THREATEN', ['CHN.GOV'], ['USA.GOV']),
]);

describe('filterEvents', () => {
  test('filterEvents(file, {actor}) matches actor codes by prefix at segment boundaries, as source or target', () => {
    expect(filterEvents(prefixNeighbours, { actor: 'CHN' }).events.map((e) => e.id)).toEqual(['pboc', 'usa']);
    expect(filterEvents(prefixNeighbours, { actor: 'CHN.GOV.PBOC' }).events.map((e) => e.id)).toEqual(['pboc']);
    expect(filterEvents(prefixNeighbours, { actor: 'CHNX,USA.BUS' }).events.map((e) => e.id)).toEqual(['pboc', 'chnx']);
  });

  test('filterEvents(file, {period}) keeps events whose dated span overlaps the period at its precision', () => {
    const ids = (from?: string, to?: string) => filterEvents(mixedPrecisions, { period: { from, to } }).events.map((e) => e.id);
    // A day range inside May overlaps the month-precise event and the year-precise one.
    expect(ids('2014-05-21', '2014-05-21')).toEqual(['may', 'year']);
    expect(ids('2014-06')).toEqual(['year', 'day']);
    expect(ids(undefined, '2014-04')).toEqual(['year']);
    expect(ids('2015')).toEqual([]);
  });

  test('filterEvents(file, {period}) never matches an undated event; with no period it keeps it', () => {
    expect(filterEvents(mixedPrecisions, { period: { from: '2000' } }).events.map((e) => e.id)).not.toContain('undated');
    expect(filterEvents(mixedPrecisions, {}).events).toHaveLength(4);
  });

  test('filterEvents(file, s) keeps links between kept events, actors they use, and every document', () => {
    const chained = eventsFile(
      [ev('a', 'ACCUSE', ['USA.GOV'], ['CHN.MIL'], '2014-05-19', 'doc1'), ev('b', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2014-05-22', 'doc2'), ev('c', 'REJECT', ['CHN.MIL'], ['USA.GOV'], '2014-05-20', 'doc2')],
      [link('a', 'b'), link('a', 'c')],
    );
    const out = filterEvents(chained, { type: 'SANCTION' });
    expect(out.events.map((e) => e.id)).toEqual(['b']);
    expect(out.links).toEqual([]);
    expect(out.actors.map((a) => a.id)).toEqual(['CHN.GOV', 'USA.BUS']);
    expect(out.documents.map((d) => d.id)).toEqual(['doc1', 'doc2']);
    const both = filterEvents(chained, { actor: 'USA.GOV' });
    expect(both.links).toEqual([link('a', 'c')]);
    expect(chained.events).toHaveLength(3);
  });

  test('filterEvents(file, {document, event}) narrows to events reported there / to one event', () => {
    expect(filterEvents(eventsFile([ev('a', 'ACCUSE', ['USA'], ['CHN'], '2014', 'doc1'), ev('b', 'ACCUSE', ['USA'], ['CHN'], '2014', 'doc2')]), { document: 'doc2' }).events.map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(prefixNeighbours, { event: 'usa' }).events.map((e) => e.id)).toEqual(['usa']);
  });

  test('filterEvents(file, s, {ignore}) leaves the named fields out, for views that highlight rather than hide', () => {
    expect(filterEvents(prefixNeighbours, { actor: 'CHN', event: 'usa' }, { ignore: ['event'] }).events.map((e) => e.id)).toEqual(['pboc', 'usa']);
  });

  test('matchesSelection(event, s) needs every field to match', () => {
    const e = ev('x', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2014-05');
    expect(matchesSelection(e, { actor: 'USA', type: 'SANCTION', period: { from: '2014' } })).toBe(true);
    expect(matchesSelection(e, { actor: 'USA', type: 'ACCUSE' })).toBe(false);
  });
});
