import { describe, expect, test } from 'vitest';
import { timelineBins } from '../../src/analysis/bins.js';
import { limitRows, OTHER_ROW, timelineData, UNKNOWN_ROW } from '../../src/analysis/timeline.js';
import { ev, eventsFile } from '../support/events.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

const threePrecisions = eventsFile(
  [
    ev('day', 'SANCTION', ['CHN.GOV'], ['USA.BUS.IBM'], '2014-05-21'),
    ev('month', 'ACCUSE', ['CHN.GOV.PBOC'], ['USA.BUS.IBM'], '2014-05'),
    ev('year', 'COOPERATE', ['USA.BUS.IBM'], ['CHN.BUS.LENOVO'], '2014'),
    ev('none', 'THREATEN', ['CHN.GOV'], ['USA.BUS.IBM']),
  ],
  [],
  { 'CHN.GOV': 'Chinese government' },
);

describe('timelineData', () => {
  test('timelineData(file) spans each mark over what its date says: a day, a month, a year', () => {
    const marks = timelineData(threePrecisions).rows.flatMap((r) => r.marks);
    expect(marks.map((m) => [m.event, iso(m.start), iso(m.end), m.precision, m.date])).toEqual([
      ['year', '2014-01-01', '2015-01-01', 'year', '2014'],
      ['month', '2014-05-01', '2014-06-01', 'month', 'May 2014'],
      ['day', '2014-05-21', '2014-05-22', 'day', '21 May 2014'],
    ]);
  });

  test('timelineData(file) returns undated events separately, with their rows', () => {
    const data = timelineData(threePrecisions);
    expect(data.undated.map((u) => [u.event, u.row])).toEqual([['none', 'CHN.GOV']]);
  });

  test('timelineData(file) rows are actors named from the file, ordered by their first mark', () => {
    const data = timelineData(threePrecisions);
    expect(data.rows.map((r) => [r.key, r.label])).toEqual([['USA.BUS.IBM', 'USA.BUS.IBM'], ['CHN.GOV.PBOC', 'CHN.GOV.PBOC'], ['CHN.GOV', 'Chinese government']]);
  });

  test('timelineData(file, {rowBy: "country"}) puts one mark per country and event', () => {
    const twoChineseSources = eventsFile([ev('e', 'SANCTION', ['CHN.GOV', 'CHN.GOV.PBOC'], ['USA.BUS'], '2014-05')]);
    const data = timelineData(twoChineseSources, { rowBy: 'country' });
    expect(data.rows.map((r) => [r.key, r.marks.length])).toEqual([['CHN', 1]]);
    expect(timelineData(twoChineseSources, { rowBy: 'country', side: 'both' }).rows.map((r) => r.key)).toEqual(['CHN', 'USA']);
    expect(timelineData(twoChineseSources, { side: 'target' }).rows.map((r) => r.key)).toEqual(['USA.BUS']);
  });

  test('timelineData(file) carries the first mention and its document title for tips', () => {
    const file = eventsFile([ev('e', 'SANCTION', [], ['USA.BUS'], '2014-05')]);
    file.documents[0]!.title = 'Beijing bans IBM servers';
    const mark = timelineData(file).rows[0]!.marks[0]!;
    expect(mark).toMatchObject({ row: UNKNOWN_ROW, text: 'Sentence of e.', doc: 'doc1', docTitle: 'Beijing bans IBM servers', quad: 'material-conflict' });
  });

  test('limitRows(data, n) keeps the n - 1 busiest rows and merges the rest', () => {
    const busy = eventsFile([
      ev('a1', 'ACCUSE', ['A'], ['X'], '2014-01'), ev('a2', 'ACCUSE', ['A'], ['X'], '2014-02'),
      ev('b1', 'ACCUSE', ['B'], ['X'], '2014-03'), ev('c1', 'ACCUSE', ['C'], ['X'], '2013-03'), ev('c2', 'ACCUSE', ['C'], ['X']),
    ]);
    const limited = limitRows(timelineData(busy), 2);
    expect(limited.rows.map((r) => [r.key, r.label, r.marks.map((m) => m.event)])).toEqual([['A', 'A', ['a1', 'a2']], [OTHER_ROW, '2 others', ['c1', 'b1']]]);
    expect(limited.undated.map((u) => u.row)).toEqual([OTHER_ROW]);
    expect(limitRows(timelineData(busy), 3).rows).toHaveLength(3);
  });
});

describe('timelineBins', () => {
  test('timelineBins(data) counts per row and month, and per year for year-precise events', () => {
    const spread = eventsFile([
      ev('d1', 'SANCTION', ['CHN'], ['USA'], '2014-05-02'), ev('d2', 'ACCUSE', ['CHN'], ['USA'], '2014-05-30'),
      ev('m1', 'SANCTION', ['CHN'], ['USA'], '2014-05'), ev('m2', 'SANCTION', ['CHN'], ['USA'], '2014-07'),
      ev('y1', 'ACCUSE', ['CHN'], ['USA'], '2014'),
    ]);
    expect(timelineBins(timelineData(spread)).map((b) => [b.row, iso(b.start), iso(b.end), b.precision, b.count, b.types])).toEqual([
      ['CHN', '2014-01-01', '2015-01-01', 'year', 1, { ACCUSE: 1 }],
      ['CHN', '2014-05-01', '2014-06-01', 'month', 3, { SANCTION: 2, ACCUSE: 1 }],
      ['CHN', '2014-07-01', '2014-08-01', 'month', 1, { SANCTION: 1 }],
    ]);
  });
});
