/**
 * GDELT 2.0 event exports → Reprisal events: the seeded fixture in GDELT's real 61-column layout
 * imports with the crosswalk's types, COUNTRY.ROLE actors, SQLDATE days and one document per
 * SOURCEURL; EventCode stays a string; bad rows are reported by line; and the streaming parser
 * gives the same events whatever the chunk boundaries.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CROSSWALK } from '../../src/formats/crosswalk.js';
import { GdeltImport, importGdelt } from '../../src/formats/gdelt-import.js';
import { reportLines } from '../../src/formats/import-report.js';
import { makeGdeltFixture } from '../fixtures/gdelt/make-fixture.js';

const path = fileURLToPath(new URL('../fixtures/gdelt/trade-dispute.export.CSV', import.meta.url));
const text = readFileSync(path, 'utf8');
const rows = text.trimEnd().split('\n').map((line) => line.split('\t'));
// Columns by the codebook's order.
const ID = 0, DAY = 1, A1 = 5, A2 = 15, CODE = 26, ADDED = 59, SOURCEURL = 60;

/** A fixture row with some fields replaced, as a line. */
function edit(row: string[], fields: Record<number, string>): string {
  const copy = [...row];
  for (const [i, v] of Object.entries(fields)) copy[Number(i)] = v;
  return copy.join('\t');
}

describe('the GDELT fixture', () => {
  test('is what its generator writes (rerun test/fixtures/gdelt/make-fixture.ts after changing it)', () => {
    expect(makeGdeltFixture()).toBe(text);
  });

  test('is in GDELT 2.0\'s layout: 61 tab-separated columns, zero-led CAMEO codes, no header', () => {
    expect(rows.length).toBe(320);
    expect(rows.every((r) => r.length === 61)).toBe(true);
    expect(rows.some((r) => r[CODE]!.startsWith('0'))).toBe(true);
    expect(rows[0]![ID]).toMatch(/^\d+$/);
  });
});

describe('importGdelt', () => {
  const { events, report } = importGdelt(text, { file: 'trade-dispute.export.CSV' });
  const byId = new Map(events.events.map((e) => [e.id, e]));
  const docs = new Map(events.documents.map((d) => [d.id, d]));
  const statements = rows.filter((r) => r[CODE]!.startsWith('01') && r[CODE] !== '016');

  test('every row but the CAMEO 01 statements becomes one event; the statements are counted by code', () => {
    expect(events.events.length).toBe(rows.length - statements.length);
    expect(report).toMatchObject({ rows: 320, bad: 0, events: rows.length - statements.length });
    const skipped = Object.values(report.skipped).reduce((a, b) => a + b, 0);
    expect(skipped).toBe(statements.length);
    expect(Object.keys(report.skipped).every((why) => /^CAMEO 01[0-9] \(/.test(why))).toBe(true);
  });

  test('each event has its row\'s type, measure, day and CAMEO code in its rule', () => {
    for (const r of rows) {
      const event = byId.get(`gdelt-${r[ID]}`);
      const row = CROSSWALK.rows.get(r[CODE]!)!;
      if (!row.type) {
        expect(event).toBeUndefined();
        continue;
      }
      expect(event, r[ID]).toBeDefined();
      expect([event!.type, event!.measure]).toEqual([row.type, row.measure]);
      const day = r[DAY]!;
      expect(event!.date).toEqual({ start: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`, precision: 'day' });
      expect(event!.rule).toMatch(new RegExp(`^CAMEO ${r[CODE]} → `));
    }
  });

  test('CAMEO 163 is a SANCTION with the measure "sanction"; 016 a denial; 1712 an ASSAULT (as the crosswalk says)', () => {
    const of = (code: string) => events.events.find((e) => e.rule!.startsWith(`CAMEO ${code} `));
    expect(of('163')).toMatchObject({ type: 'SANCTION', measure: 'sanction' });
    expect(of('016')).toMatchObject({ type: 'REJECT', measure: 'denial' });
    expect(of('1712')).toMatchObject({ type: 'ASSAULT' });
    expect(of('0254')).toMatchObject({ type: 'REQUEST' });
  });

  test('actors become COUNTRY.ROLE codes: country and type codes, known groups, no country', () => {
    const idsOf = (r: string[], at: number) => {
      const e = byId.get(`gdelt-${r[ID]}`);
      return e ? (at === A1 ? e.source : e.target) : undefined;
    };
    const expected: Record<string, string> = {
      USAGOV: 'USA.GOV', USAJUD: 'USA.JUD', USA: 'USA', CHN: 'CHN', CHNMED: 'CHN.MED', AUSAGRBUS: 'AUS.AGR', USAELI: 'USA.CVL',
      IGOEUREEC: 'EUR.GOV', IGOWTO: 'IGO.WTO', IGOUNO: 'IGO.UN', COP: 'XXX.COP', GOV: 'XXX.GOV',
    };
    let checked = 0;
    for (const r of rows) {
      for (const at of [A1, A2]) {
        const ids = idsOf(r, at);
        if (!ids) continue;
        const code = r[at]!;
        if (!code) expect(ids).toEqual([]);
        else if (expected[code]) expect(ids, code).toEqual([expected[code]]), checked++;
        else expect(ids[0], code).toBe(`${r[at + 2]}.${r[at + 7]}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(events.actors.find((a) => a.id === 'USA.GOV')).toEqual({ id: 'USA.GOV', name: 'American government', country: 'USA', role: 'GOV' });
    expect(events.actors.find((a) => a.id === 'XXX.COP')).toMatchObject({ name: 'Unidentified police', country: 'XXX', role: 'COP' });
  });

  test('each distinct SOURCEURL is one document (title the URL, source its host, published on DATEADDED\'s day), and the events cite it', () => {
    const urls = new Set(rows.filter((r) => byId.has(`gdelt-${r[ID]}`)).map((r) => r[SOURCEURL]!));
    expect(events.documents.length).toBe(urls.size);
    for (const r of rows) {
      const event = byId.get(`gdelt-${r[ID]}`);
      if (!event) continue;
      expect(event.mentions).toHaveLength(1);
      const doc = docs.get(event.mentions[0]!.doc)!;
      expect(doc.title).toBe(r[SOURCEURL]);
      expect(doc.source).toBe(new URL(r[SOURCEURL]!).hostname.replace(/^www\./, ''));
      expect(doc.id).toMatch(/^url-[0-9a-f]{14}$/);
      expect(event.mentions[0]).toEqual({ doc: doc.id, start: 0, end: 0, text: '' });
    }
    const first = rows.find((r) => byId.has(`gdelt-${r[ID]}`))!;
    const doc = events.documents.find((d) => d.title === first[SOURCEURL])!;
    expect(doc.published).toBe(`${first[ADDED]!.slice(0, 4)}-${first[ADDED]!.slice(4, 6)}-${first[ADDED]!.slice(6, 8)}`);
  });

  test('"010" is not "10": a zero-led code is read as written, never as a number', () => {
    const row = rows.find((r) => CROSSWALK.rows.get(r[CODE]!)?.type === 'SANCTION')!;
    const lines = [edit(row, { [ID]: '1', [CODE]: '010' }), edit(row, { [ID]: '2', [CODE]: '10' }), edit(row, { [ID]: '3', [CODE]: '0211' }), edit(row, { [ID]: '4', [CODE]: '211' })];
    const { events: got, report: r } = importGdelt(lines.join('\n'));
    expect(got.events.map((e) => [e.id, e.type, e.measure ?? null, e.rule])).toEqual([
      ['gdelt-2', 'REQUEST', 'demand', 'CAMEO 10 → demand (read as 100: Demand, not specified below)'],
      ['gdelt-3', 'REQUEST', null, 'CAMEO 0211 → REQUEST (Appeal for economic cooperation)'],
    ]);
    // 211 is no CAMEO code (0211 is): counted, not guessed at.
    expect(r.skipped).toEqual({ 'CAMEO 010 (Make statement, not specified below)': 1, 'CAMEO 211 (not in the crosswalk)': 1 });
  });

  test('rows sharing a GLOBALEVENTID are one event with each row\'s actors and article', () => {
    const row = rows.find((r) => r[A1] === 'USAGOV' && r[A2] === 'CHNGOV')!;
    const lines = [
      edit(row, { [ID]: '7', [SOURCEURL]: 'https://a.example/1' }),
      edit(row, { [ID]: '7', [A1]: 'JPNGOV', [A1 + 2]: 'JPN', [SOURCEURL]: 'https://b.example/2' }),
      edit(row, { [ID]: '7', [A1]: '', [A1 + 2]: '', [A1 + 7]: '', [SOURCEURL]: '' }),
    ];
    const { events: got } = importGdelt(lines.join('\n'));
    expect(got.events).toHaveLength(1);
    expect(got.events[0]!.source).toEqual(['USA.GOV', 'JPN.GOV']);
    expect(got.events[0]!.target).toEqual(['CHN.GOV']);
    expect(got.events[0]!.mentions.map((m) => got.documents.find((d) => d.id === m.doc)!.title)).toEqual(['https://a.example/1', 'https://b.example/2']);
  });
});

describe('bad rows', () => {
  const good = rows.find((r) => r[CODE] === '163')!;
  const lines = [
    edit(good, { [ID]: '1' }),
    'a line someone pasted',
    edit(good, { [ID]: '2', [DAY]: '20191345' }),
    good.slice(0, 58).join('\t'),
    '',
    edit(good, { [ID]: 'x9' }),
    edit(good, { [ID]: '3', [CODE]: '' }),
    edit(good, { [ID]: '4', [CODE]: '16a' }),
    edit(good, { [ID]: '5' }),
  ];
  const { events, report } = importGdelt(lines.join('\n'), { file: 'mixed.CSV' });

  test('are counted and reported with their line numbers; the good rows around them are imported', () => {
    expect(events.events.map((e) => e.id)).toEqual(['gdelt-1', 'gdelt-5']);
    expect(report.bad).toBe(6);
    expect(report.problems).toEqual([
      { line: 2, reason: 'expected 61 tab-separated columns, found 1 (no tabs: is this a GDELT event file?)' },
      { line: 3, reason: 'SQLDATE "20191345" is not a date (YYYYMMDD)' },
      { line: 4, reason: 'expected 61 tab-separated columns, found 58 (a GDELT 1.0 file has 57 or 58)' },
      { line: 6, reason: 'GLOBALEVENTID "x9" is not a number' },
      { line: 7, reason: 'no EventCode' },
      { line: 8, reason: 'EventCode "16a" is not a CAMEO code' },
    ]);
  });

  test('the report reads as lines naming the file and each bad line', () => {
    const out = reportLines(report);
    expect(out[0]).toBe('mixed.CSV: 2 events from 8 rows, 1 document');
    expect(out).toContain('mixed.CSV: 6 rows could not be read');
    expect(out).toContain('mixed.CSV:3: SQLDATE "20191345" is not a date (YYYYMMDD)');
  });

  test('only the first 20 are kept with line numbers; all are counted', () => {
    const many = Array.from({ length: 45 }, (_, i) => (i % 3 ? 'junk' : edit(good, { [ID]: String(i + 1) })));
    const r = importGdelt(many.join('\n')).report;
    expect([r.bad, r.problems.length, r.problems[19]!.line]).toEqual([30, 20, 30]);
    expect(reportLines(r)).toContain('GDELT file: 30 rows could not be read (the first 20 follow)');
  });

  test('a header line, a byte-order mark and Windows line ends are not problems', () => {
    const header = ['GLOBALEVENTID', 'SQLDATE', ...new Array(59).fill('X')].join('\t');
    const { events: got, report: r } = importGdelt(`\uFEFF${header}\r\n${edit(good, { [ID]: '1' })}\r\n`);
    expect([got.events.length, r.bad]).toEqual([1, 0]);
    expect(got.events[0]!.mentions).toHaveLength(1);
    expect(got.documents[0]!.title).toBe(good[SOURCEURL]);
  });
});

describe('streaming', () => {
  test('push returns the events each chunk began; end the last one', () => {
    const run = new GdeltImport();
    const cut = text.indexOf('\n', 2000);
    const first = run.push(text.slice(0, cut + 5));
    const second = run.push(text.slice(cut + 5));
    const last = run.end();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length + second.length + last.length).toBe(run.result().events.length);
  });

  test('the same events whatever the chunk boundaries (property)', () => {
    const sample = rows.slice(0, 60).map((r) => r.join('\t')).join('\r\n');
    const whole = importGdelt(sample);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: sample.length - 1 }), { maxLength: 40 }), (cuts) => {
        const run = new GdeltImport();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          run.push(sample.slice(at, cut));
          at = cut;
        }
        run.push(sample.slice(at));
        run.end();
        expect(run.result()).toEqual(whole.events);
        expect(run.report).toEqual(whole.report);
      }),
      { numRuns: 150 },
    );
  });
});
