/**
 * Events as a Knight Lab TimelineJS timeline (https://timeline.knightlab.com/docs/json-format.html):
 * one slide per dated event, dated only as precisely as the event is (a month-precise event
 * carries year and month, never an invented day), grouped by who acts. TimelineJS renders a
 * slide's headline and text as HTML, so everything taken from the news is escaped.
 */
import { actorIndex, countryOf } from '../analysis/actors.js';
import type { Actor, Event, EventDate, EventsFile } from '../events/types.js';
import { htmlText } from './escape.js';

export interface TimelineJsOptions {
  /** A title slide's headline; no title slide without one. */
  title?: string;
  /** Group slides by the source actors' countries, or by the source actors. Default "country". */
  groupBy?: 'country' | 'actor';
}

/** A TimelineJS date object: only the parts the event's precision vouches for. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
  /** The event's id, made safe for a URL fragment and unique among the slides. */
  unique_id: string;
}

export interface TimelineJsTimeline {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

/** The timeline as TimelineJS JSON text. Undated events are left out (a slide needs a year). */
export function timelineJs(file: EventsFile, options: TimelineJsOptions = {}): string {
  return `${JSON.stringify(timelineJsData(file, options), null, 2)}\n`;
}

/** The timeline as a TimelineJS object, for code that passes it to `new TL.Timeline(…)` itself. */
export function timelineJsData(file: EventsFile, options: TimelineJsOptions = {}): TimelineJsTimeline {
  const actors = actorIndex(file.actors);
  const docs = new Map(file.documents.map((d) => [d.id, d]));
  const ids = new Set<string>();
  const slides: TimelineJsSlide[] = [];
  for (const event of file.events) {
    const start = event.date && timelineDate(event.date.start, event.date);
    if (!start || !event.date) continue;
    const end = event.date.end && event.date.end !== event.date.start ? timelineDate(event.date.end, event.date) : undefined;
    const group = groupOf(event, actors, options.groupBy ?? 'country');
    slides.push({
      start_date: start,
      ...(end && !before(end, start) ? { end_date: end } : {}),
      text: { headline: headline(event, actors), text: body(event, docs) },
      ...(group ? { group } : {}),
      unique_id: uniqueId(event.id, ids),
    });
  }
  const dated = slides.length;
  return {
    ...(options.title
      ? { title: { text: { headline: htmlText(options.title), text: `<p>${dated} ${dated === 1 ? 'event' : 'events'} extracted from ${file.documents.length} ${file.documents.length === 1 ? 'article' : 'articles'} by Reprisal.</p>` } } }
      : {}),
    events: slides,
  };
}

/** The parts of `iso` that `date.precision` vouches for; undefined when it is not an ISO date. */
export function timelineDate(iso: string, date: Pick<EventDate, 'precision'>): TimelineJsDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] && date.precision !== 'year' ? Number(match[2]) : undefined;
  const day = month && match[3] && date.precision === 'day' ? Number(match[3]) : undefined;
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function before(a: TimelineJsDate, b: TimelineJsDate): boolean {
  return a.year * 10_000 + (a.month ?? 0) * 100 + (a.day ?? 0) < b.year * 10_000 + (b.month ?? 0) * 100 + (b.day ?? 0);
}

function names(ids: readonly string[], actors: ReadonlyMap<string, Actor>): string {
  return ids.map((id) => actors.get(id)?.name ?? id).join(', ');
}

// "Chinese commerce ministry → Australian exporters: anti dumping duty"
function headline(event: Event, actors: ReadonlyMap<string, Actor>): string {
  const who = [names(event.source, actors) || 'Unknown', names(event.target, actors)].filter(Boolean).join(' → ');
  const what = event.measure ? event.measure.replace(/[-_]+/g, ' ') : event.type.toLowerCase();
  return htmlText(`${who}: ${what}`);
}

function body(event: Event, docs: ReadonlyMap<string, EventsFile['documents'][number]>): string {
  const sentence = event.mentions[0]?.text.replace(/\s+/g, ' ').trim();
  const reports = [...new Set(event.mentions.map((m) => m.doc))].map((id) => {
    const doc = docs.get(id);
    return doc?.title ? `${doc.title}${doc.source ? ` (${doc.source})` : ''}` : id;
  });
  const shown = reports.slice(0, 3).map(htmlText).join('; ');
  const more = reports.length > 3 ? ` and ${reports.length - 3} more` : '';
  return [
    sentence ? `<p>“${htmlText(sentence)}”</p>` : '',
    `<p>${event.type}${event.measure ? ` · ${htmlText(event.measure)}` : ''}${event.rule ? ` · rule: ${htmlText(event.rule)}` : ''}</p>`,
    reports.length ? `<p>Reported in ${shown}${more}.</p>` : '',
  ].join('');
}

function groupOf(event: Event, actors: ReadonlyMap<string, Actor>, by: 'country' | 'actor'): string | undefined {
  const keys = [...new Set(by === 'country' ? event.source.map(countryOf) : event.source)];
  return keys.length ? htmlText(names(keys, actors)) : undefined;
}

// TimelineJS puts unique_id in the URL fragment and in element ids.
function uniqueId(id: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_-]+/g, '-') || 'event';
  let out = base;
  for (let n = 2; taken.has(out); n++) out = `${base}-${n}`;
  taken.add(out);
  return out;
}
