import { describe, expect, test } from 'vitest';
import type { Event, EventsFile } from '../../src/events/types.js';
import { eventTables, TABLE_NAMES, TABLES } from '../../src/sql/tables.js';
import { chartsFixture } from '../support/fixtures.js';

const file = chartsFixture();
const tables = eventTables(file);
const byId = (id: string) => tables.events.find((r) => r.id === id)!;

function withEvent(event: Partial<Event>): EventsFile {
  return { format: 'reprisal-events/1', documents: [], actors: [], links: [], events: [{ id: 'x', type: 'SANCTION', source: [], target: [], mentions: [], ...event }] };
}

describe('eventTables(file)', () => {
  test('one row per event, mention, actor, link and document, in the file’s order', () => {
    expect(tables.events.map((r) => r.id)).toEqual(file.events.map((e) => e.id));
    expect(tables.mentions).toHaveLength(file.events.reduce((n, e) => n + e.mentions.length, 0));
    expect(tables.actors.map((r) => r.id)).toEqual(file.actors.map((a) => a.id));
    expect(tables.links.map((r) => [r.from_id, r.to_id])).toEqual(file.links.map((l) => [l.from, l.to]));
    expect(tables.documents.map((r) => r.id)).toEqual(file.documents.map((d) => d.id));
  });

  test('every row has exactly the columns of its table', () => {
    for (const name of TABLE_NAMES) {
      const columns = TABLES[name].map((c) => c.name);
      for (const row of tables[name]) expect(Object.keys(row)).toEqual(columns);
    }
  });

  test('an event’s date spans its period, both days included', () => {
    expect(byId('e02')).toMatchObject({ date_start: '2020-04-19', date_end: '2020-04-19', precision: 'day' });
    expect(byId('e06')).toMatchObject({ date_start: '2020-05-01', date_end: '2020-05-31', precision: 'month' });
    expect(byId('e01')).toMatchObject({ date_start: '2018-01-01', date_end: '2018-12-31', precision: 'year' });
    expect(byId('e13')).toMatchObject({ date_start: null, date_end: null, precision: null });
  });

  test('a dated range ends at the end of its end period; February of a leap year has 29 days', () => {
    const [row] = eventTables(withEvent({ date: { start: '2020-01', end: '2020-02', precision: 'month' } })).events;
    expect(row).toMatchObject({ date_start: '2020-01-01', date_end: '2020-02-29' });
  });

  test('quad, first document, number of mentions and the actor lists come from the event', () => {
    expect(byId('e05')).toMatchObject({ type: 'SANCTION', quad: 'material-conflict', measure: 'anti-dumping-duty', first_doc: 'd1-barley-tariff', n_mentions: 1, confidence: 0.95 });
    const e05 = file.events.find((e) => e.id === 'e05')!;
    expect(byId('e05').source).toEqual(e05.source);
    expect(byId('e05').target).toEqual(e05.target);
    expect(byId('e05').source).not.toBe(e05.source);
  });

  test('mentions keep their event, document, offsets and text', () => {
    const e02 = file.events.find((e) => e.id === 'e02')!;
    const m = e02.mentions[0]!;
    expect(tables.mentions).toContainEqual({ event_id: 'e02', doc: m.doc, start: m.start, end: m.end, text: m.text });
  });

  test('a stated link keeps its evidence text, an inferred one has null', () => {
    expect(tables.links.find((l) => l.from_id === 'e02' && l.to_id === 'e03')!.evidence_text).toBe(file.links[0]!.evidence!.text);
    expect(tables.links.find((l) => l.from_id === 'e02' && l.to_id === 'e04')).toMatchObject({ kind: 'retaliation', confidence: 0.4, evidence_text: null });
  });

  test('missing optional fields are null, never undefined', () => {
    const [row] = eventTables(withEvent({})).events;
    expect(row).toMatchObject({ measure: null, confidence: null, rule: null, first_doc: null, n_mentions: 0, source: [], target: [] });
    const docs = eventTables({ ...withEvent({}), documents: [{ id: 'd', length: 3 }], actors: [{ id: 'CHN', name: 'China' }] });
    expect(docs.documents[0]).toEqual({ id: 'd', title: null, source: null, published: null, length: 3 });
    expect(docs.actors[0]).toEqual({ id: 'CHN', name: 'China', country: null, role: null });
  });
});
