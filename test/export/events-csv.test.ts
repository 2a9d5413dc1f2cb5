import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvCell, eventsCsv } from '../../src/export/events-csv.js';
import { ev, eventsFile } from '../support/events.js';
import { chartsFixture } from '../support/fixtures.js';

/** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('eventsCsv', () => {
  test('eventsCsv(file) writes a header and one row per event, every row as wide as the header', () => {
    const rows = parseCsv(eventsCsv(chartsFixture()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(1 + 13);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows[5]).toEqual(['e05', 'SANCTION', 'anti-dumping-duty', 'CHN.GOV.MOFCOM', 'AUS.BUS.CBH;AUS.BUS', '2020-05-18', 'day', '0.95', 'd1-barley-tariff', '1',
      "China imposed an 80.5% anti-dumping duty on Australian barley on 18 May, in what was widely seen as retaliation for Canberra's call for an inquiry, hitting growers such as CBH Group.",
      'impose-duty → anti-dumping-duty',
    ]);
  });

  test('eventsCsv(file) ends every row with CRLF, as RFC 4180 has it', () => {
    const text = eventsCsv(chartsFixture());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBe(1 + 13 + 1);
  });

  test('eventsCsv(file) round-trips quotes, commas and line breaks, and defuses formulas', () => {
    const e = ev('e"1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.IBM'], { start: '2014-05', end: '2014-06', precision: 'month' });
    e.measure = 'ban, "total"';
    e.rule = 'line one\nline two\r\nline three';
    e.mentions[0]!.text = '=HYPERLINK("http://evil.example","click")';
    const rows = parseCsv(eventsCsv(eventsFile([e, { ...e, id: '+1', measure: '-2', rule: '@SUM(A1)' }])));
    expect(rows.length).toBe(3);
    const [, one, two] = rows as [string[], string[], string[]];
    expect(one[0]).toBe('e"1');
    expect(one[2]).toBe('ban, "total"');
    expect(one[5]).toBe('2014-05/2014-06');
    expect(one[11]).toBe('line one\nline two\r\nline three');
    expect(one[10]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect([two[0], two[2], two[11]]).toEqual(["'+1", "'-2", "'@SUM(A1)"]);
  });

  test('csvCell(value) leaves numbers alone, even negative ones, and defuses tab- or CR-led text', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('plain')).toBe('plain');
  });
});
