/**
 * POLECAT / PLOVER JSONL → Reprisal events: NGEC's record shape (the coder behind POLECAT) and the
 * PLOVER specification's both import with their types, measures from modes, COUNTRY.ROLE actors
 * (PLOVER's MED is health, its JRN the press), dates and articles; bad lines are reported by
 * number; chunk boundaries change nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PolecatImport, importPolecat } from '../../src/formats/polecat-import.js';
import { makeNgecFixture, makePloverFixture } from '../fixtures/polecat/make-fixture.js';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/polecat/${name}`, import.meta.url)), 'utf8');
const ngecText = read('trade-dispute.ngec.jsonl');
const ploverText = read('trade-dispute.plover.jsonl');
const records = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

test('the fixtures are what their generator writes (rerun test/fixtures/polecat/make-fixture.ts after changing it)', () => {
  expect(makeNgecFixture()).toBe(ngecText);
  expect(makePloverFixture()).toBe(ploverText);
});

describe('NGEC / POLECAT records', () => {
  const input = records(ngecText);
  const { events, report } = importPolecat(ngecText, { file: 'trade-dispute.ngec.jsonl' });
  const byId = new Map(events.events.map((e) => [e.id, e]));

  test('every record is an event with its type, the date NGEC resolved, and its story as the document', () => {
    expect(report).toMatchObject({ rows: 160, events: 160, bad: 0 });
    expect(events.documents.length).toBe(new Set(input.map((r) => r.story_id)).size);
    for (const r of input) {
      const e = byId.get(r.id)!;
      expect(e.type).toBe(r.event_type);
      expect(e.date).toEqual({ start: r.date_resolved, precision: 'day' });
      expect(e.mentions).toEqual([{ doc: r.story_id, start: 0, end: r.event_text.length, text: r.event_text }]);
    }
    const r = input[0]!;
    // A story's document is as long as the longest event text it reports.
    const length = Math.max(...input.filter((x) => x.story_id === r.story_id).map((x) => x.event_text.length));
    expect(events.documents.find((d) => d.id === r.story_id)).toEqual({ id: r.story_id, length, title: r.headline.trim(), source: r.publisher, published: r.pub_date });
  });

  test('modes give measures: SANCTION/discontinue a sanction, ACCUSE/allege an accusation, PROTEST/boycott a boycott', () => {
    const measureOf = (type: string, mode: string | undefined) => {
      const r = input.find((x) => x.event_type === type && x.event_mode[0] === mode)!;
      return byId.get(r.id)!.measure;
    };
    expect(measureOf('SANCTION', 'discontinue')).toBe('sanction');
    expect(measureOf('SANCTION', 'withdraw')).toBe('downgrade-relations');
    expect(measureOf('ACCUSE', 'allege')).toBe('accusation');
    expect(measureOf('ACCUSE', 'investigate')).toBe('investigation');
    expect(measureOf('PROTEST', 'boycott')).toBe('boycott');
    expect(measureOf('THREATEN', 'restrict')).toBe('threat');
    expect(measureOf('COERCE', 'arrest')).toBe('arrest');
    expect(measureOf('CONSULT', undefined)).toBeUndefined();
    expect(measureOf('AGREE', undefined)).toBeUndefined();
  });

  test('actors: country and first sector; PLOVER\'s JRN is the press (MED), its MED health (HLH), ELI the public', () => {
    const who = (text: string, side: 'ACTOR' | 'RECIP' = 'ACTOR') => {
      const r = input.find((x) => x.attributes[side][0].text === text)!;
      return byId.get(r.id)![side === 'ACTOR' ? 'source' : 'target'];
    };
    expect(who('Beijing')).toEqual(['CHN.GOV']);
    expect(who('the Global Times')).toEqual(['CHN.MED']);
    expect(who('the Centers for Disease Control')).toEqual(['USA.HLH']);
    expect(who('Australian barley growers', 'RECIP')).toEqual(['AUS.AGR']);
    expect(who('a former trade official', 'RECIP')).toEqual(['USA.CVL']);
    expect(who('the World Trade Organization', 'RECIP')).toEqual(['IGO']);
    expect(events.actors.find((a) => a.id === 'USA.HLH')).toEqual({ id: 'USA.HLH', name: 'American health workers', country: 'USA', role: 'HLH' });
  });
});

describe('PLOVER specification records', () => {
  const input = records(ploverText);
  const { events, report } = importPolecat(ploverText);

  test('event, source, recipient, date, mode and cite_info.url become type, actors, date, measure and a URL document', () => {
    expect(report).toMatchObject({ rows: 60, events: 60, bad: 0 });
    for (const r of input) {
      const e = events.events.find((x) => x.id === r.id)!;
      expect(e.type).toBe(r.event[0]);
      expect(e.date).toEqual({ start: r.date, precision: 'day' });
      expect(e.source[0]!.split('.')[0]).toBe(r.source[0].code);
      const doc = events.documents.find((d) => d.id === e.mentions[0]!.doc)!;
      expect([doc.title, doc.source]).toEqual([r.cite_info.url, 'news.example.org']);
      expect(e.mentions[0]!.text).toBe(r.text);
    }
  });
});

describe('bad lines and odd records', () => {
  const lines = [
    JSON.stringify({ id: 'a', event: ['SANCTION'], date: '2019-05-16', source: [{ code: 'USA', sector: 'GOV' }], recipient: [{ code: 'CHN', sector: 'BUS' }], mode: 'discontinue' }),
    '{"id": "b", "event": ["ACCUSE"', // cut off
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ id: 'c', date: '2019-05-16' }),
    JSON.stringify({ id: 'd', event_type: 'accuse', date: '2019-02-30' }),
    '',
    JSON.stringify({ id: 'e', event_type: 'demand', event_mode: ['yield'], date: '2019-06' }),
    JSON.stringify({ id: 'f', event: ['CONSULT', 'AGREE'], date: '2019-07-01T10:00:00Z', source: [{ code: 'USA' }, { code: 'CHN' }] }),
    JSON.stringify({ id: 'g', event_type: 'EMBARGO', date: '2019-07-02' }),
    JSON.stringify({ id: 'h', event_type: 'SANCTION', source: 'Reuters', date: '2019-07-03', enddate: '2019-07-09' }),
  ];
  const { events, report } = importPolecat(lines.join('\n'), { file: 'odd.jsonl' });

  test('a line that is not a JSON object, has no event type or no real date is reported with its number', () => {
    expect(report.problems).toEqual([
      { line: 2, reason: expect.stringMatching(/^not JSON \(/) },
      { line: 3, reason: 'not a JSON object' },
      { line: 4, reason: 'no event type ("event" or "event_type")' },
      { line: 5, reason: 'date "2019-02-30" is not an ISO date (YYYY-MM-DD)' },
    ]);
    expect(report.skipped).toEqual({ 'type "EMBARGO" (not a PLOVER type)': 1 });
  });

  test('older and lower-case type names, month dates, several types, times and date ranges are read', () => {
    const got = Object.fromEntries(events.events.map((e) => [e.id, [e.type, e.measure ?? null, e.date, e.source]]));
    expect(got).toEqual({
      a: ['SANCTION', 'sanction', { start: '2019-05-16', precision: 'day' }, ['USA.GOV']],
      e: ['REQUEST', 'demand', { start: '2019-06', precision: 'month' }, []],
      'f#1': ['CONSULT', null, { start: '2019-07-01', precision: 'day' }, ['USA', 'CHN']],
      'f#2': ['AGREE', null, { start: '2019-07-01', precision: 'day' }, ['USA', 'CHN']],
      // A string "source" is an outlet, not an actor.
      h: ['SANCTION', null, { start: '2019-07-03', end: '2019-07-09', precision: 'day' }, []],
    });
  });
});

test('the same events whatever the chunk boundaries, even inside a multi-byte character (property)', () => {
  const sample = `${records(ngecText)
    .slice(0, 30)
    .map((r, i) => JSON.stringify(i % 7 ? r : { ...r, headline: `Pékin et Séoul — 北京 ${i}` }))
    .join('\n')}\n{broken\n`;
  const whole = importPolecat(sample);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: sample.length - 1 }), { maxLength: 30 }), (cuts) => {
      const run = new PolecatImport();
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
