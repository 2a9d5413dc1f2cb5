/**
 * Builders for small literal events files in unit tests: only what a case needs is spelled out.
 */
import type { Actor, Event, EventDate, EventsFile, Link, PloverType } from '../../src/events/types.js';

/** An event: ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.IBM'], '2014-05'). The date's precision follows the string. */
export function ev(id: string, type: PloverType, source: string[], target: string[], date?: string | EventDate, doc = 'doc1'): Event {
  const text = `Sentence of ${id}.`;
  const event: Event = { id, type, source, target, mentions: [{ doc, start: 0, end: text.length, text }] };
  if (typeof date === 'string') event.date = { start: date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' };
  else if (date) event.date = date;
  return event;
}

/** A link; stated (with evidence) unless `inferred`. */
export function link(from: string, to: string, inferred = false): Link {
  return inferred ? { from, to, kind: 'retaliation', confidence: 0.3 } : { from, to, kind: 'retaliation', evidence: { doc: 'doc1', start: 0, end: 4, text: 'after' }, confidence: 0.7 };
}

/** An events file of `events` and `links`, with an actor for every code used (named after the code unless `names` says). */
export function eventsFile(events: Event[], links: Link[] = [], names: Record<string, string> = {}): EventsFile {
  const ids = [...new Set(events.flatMap((e) => [...e.source, ...e.target]))].sort();
  const actors: Actor[] = ids.map((id) => ({ id, name: names[id] ?? id, country: id.split('.')[0]!, ...(id.split('.')[1] ? { role: id.split('.')[1]! } : {}) }));
  const docs = [...new Set(events.flatMap((e) => e.mentions.map((m) => m.doc)))].sort();
  return { format: 'reprisal-events/1', documents: docs.map((id) => ({ id, length: 100 })), actors, events, links };
}
