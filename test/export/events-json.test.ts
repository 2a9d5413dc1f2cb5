import { describe, expect, test } from 'vitest';
import type { EventsFile } from '../../src/events/types.js';
import { eventsJson, orderedEvents } from '../../src/export/events-json.js';
import { chartsFixture } from '../support/fixtures.js';

// The fixture with every object's keys reversed, as another tool might write them.
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('eventsJson', () => {
  test('eventsJson(file) reads back as the same events file', () => {
    const file = chartsFixture();
    expect(JSON.parse(eventsJson(file))).toEqual(file);
  });

  test('eventsJson(file) is pretty-printed with two spaces and ends with a newline', () => {
    const text = eventsJson(chartsFixture());
    expect(text.startsWith('{\n  "format": "reprisal-events/1",\n  "documents": [\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('eventsJson(file) writes keys in the spec\'s order whatever order they came in', () => {
    const file = chartsFixture();
    const shuffled = reversedKeys(file);
    expect(Object.keys(shuffled)[0]).toBe('links');
    expect(eventsJson(shuffled)).toBe(eventsJson(file));
    const out = JSON.parse(eventsJson(shuffled)) as EventsFile;
    expect(Object.keys(out)).toEqual(['format', 'documents', 'actors', 'events', 'links']);
    expect(Object.keys(out.events[0]!)).toEqual(['id', 'type', 'measure', 'source', 'target', 'date', 'mentions', 'confidence', 'rule']);
    expect(Object.keys(out.events[0]!.mentions[0]!)).toEqual(['doc', 'start', 'end', 'text']);
    expect(Object.keys(out.links[0]!)).toEqual(['from', 'to', 'kind', 'evidence', 'confidence']);
    expect(Object.keys(out.documents[0]!)).toEqual(['id', 'title', 'source', 'published', 'length']);
  });

  test('eventsJson(file) keeps fields the spec does not name, after the known ones, sorted', () => {
    const file = chartsFixture();
    const event = { zeta: 1, ...file.events[0]!, alpha: { b: 2, a: 1 } };
    const out = orderedEvents({ ...file, events: [event] });
    expect(Object.keys(out.events[0]!).slice(-2)).toEqual(['alpha', 'zeta']);
    expect(Object.keys((out.events[0] as unknown as { alpha: object }).alpha)).toEqual(['a', 'b']);
  });
});
