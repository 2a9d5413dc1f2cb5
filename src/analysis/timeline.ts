/**
 * Measures in time, one row per actor or country. Each mark spans what its date really says: a
 * day-precise event is that day, a month-precise one the whole month, a year-precise one the
 * whole year; never a false day. Undated events are kept aside, not dropped.
 */
import { QUAD_OF, type Event, type EventsFile, type PloverType, type Precision, type Quad } from '../events/types.js';
import { actorIndex, collapseActor } from './actors.js';
import { dateSpan, formatDate } from './dates.js';

export interface TimelineOptions {
  /** One row per actor code, or per country. Default: "actor". */
  rowBy?: 'actor' | 'country';
  /** Whose row an event goes in: who acts (the measure's author), who is acted upon, or both. Default: "source". */
  side?: 'source' | 'target' | 'both';
}

export interface TimelineItem {
  /** Event.id */
  event: string;
  /** The row's key: an actor code, or a country code. */
  row: string;
  type: PloverType;
  quad: Quad;
  measure?: string;
  source: string[];
  target: string[];
  /** The first mention's sentence, and its document id and title. */
  text: string;
  doc: string;
  docTitle?: string;
}

export interface TimelineMark extends TimelineItem {
  /** First instant, UTC. */
  start: Date;
  /** First instant after (exclusive), UTC: a day-precise event on 21 May ends on 22 May. */
  end: Date;
  precision: Precision;
  /** A readable date: "21 May 2014", "May 2014", "2014". */
  date: string;
}

export interface TimelineRow {
  key: string;
  /** The actor's name (or the country code). */
  label: string;
  /** In order of start, then end, then event id. */
  marks: TimelineMark[];
}

export interface TimelineData {
  rowBy: 'actor' | 'country';
  /** Ordered by their first mark, then key. */
  rows: TimelineRow[];
  /** Events with no usable date, one item per row they belong to. */
  undated: TimelineItem[];
}

export const TIMELINE_DEFAULTS = { rowBy: 'actor', side: 'source' } as const satisfies Required<TimelineOptions>;

/** A row key for events with nobody on the chosen side. */
export const UNKNOWN_ROW = '?';

export function timelineData(file: EventsFile, options: TimelineOptions = {}): TimelineData {
  const { rowBy = TIMELINE_DEFAULTS.rowBy, side = TIMELINE_DEFAULTS.side } = options;
  const actors = actorIndex(file.actors);
  const titles = new Map(file.documents.map((d) => [d.id, d.title]));
  const rows = new Map<string, TimelineMark[]>();
  const undated: TimelineItem[] = [];
  for (const event of file.events) {
    const span = event.date && dateSpan(event.date);
    // One label per event, however many rows it is drawn in.
    const date = span && event.date ? formatDate(event.date) : '';
    for (const row of rowsOf(event, rowBy, side)) {
      const item = itemOf(event, row, titles);
      if (!span || !event.date) {
        undated.push(item);
        continue;
      }
      const mark = item as TimelineMark;
      [mark.start, mark.end, mark.precision, mark.date] = [new Date(span.start), new Date(span.end), event.date.precision, date];
      const marks = rows.get(row);
      if (marks) marks.push(mark);
      else rows.set(row, [mark]);
    }
  }
  const out: TimelineRow[] = [...rows].map(([key, marks]) => ({
    key,
    label: rowBy === 'actor' ? (actors.get(key)?.name ?? key) : key,
    marks: marks.sort(byTime),
  }));
  out.sort((a, b) => a.marks[0]!.start.getTime() - b.marks[0]!.start.getTime() || compare(a.key, b.key));
  return { rowBy, rows: out, undated };
}

/** A row key for the rows `limitRows` merges. */
export const OTHER_ROW = '…';

/**
 * At most `maxRows` rows: the most active `maxRows - 1` keep their place, the rest are merged
 * into one last row ("N others"). Undated items of merged rows move with them.
 */
export function limitRows(data: TimelineData, maxRows: number): TimelineData {
  if (data.rows.length <= maxRows) return data;
  const kept = new Set(
    [...data.rows].sort((a, b) => b.marks.length - a.marks.length || compare(a.key, b.key)).slice(0, Math.max(0, maxRows - 1)).map((r) => r.key),
  );
  const merged = data.rows.filter((r) => !kept.has(r.key));
  const marks = merged.flatMap((r) => r.marks.map((m) => ({ ...m, row: OTHER_ROW })));
  marks.sort(byTime);
  return {
    ...data,
    rows: [...data.rows.filter((r) => kept.has(r.key)), { key: OTHER_ROW, label: `${merged.length} others`, marks }],
    undated: data.undated.map((u) => (kept.has(u.row) ? u : { ...u, row: OTHER_ROW })),
  };
}

function rowsOf(event: Event, rowBy: 'actor' | 'country', side: 'source' | 'target' | 'both'): string[] {
  const ids = side === 'source' ? event.source : side === 'target' ? event.target : [...event.source, ...event.target];
  const keys = [...new Set(ids.map((id) => (rowBy === 'country' ? collapseActor(id, 'country') : id)))];
  return keys.length ? keys : [UNKNOWN_ROW];
}

function itemOf(event: Event, row: string, titles: Map<string, string | undefined>): TimelineItem {
  const mention = event.mentions[0];
  const item: TimelineItem = {
    event: event.id,
    row,
    type: event.type,
    quad: QUAD_OF[event.type],
    source: event.source,
    target: event.target,
    text: mention?.text ?? '',
    doc: mention?.doc ?? '',
  };
  if (event.measure) item.measure = event.measure;
  const title = mention && titles.get(mention.doc);
  if (title) item.docTitle = title;
  return item;
}

function byTime(a: TimelineMark, b: TimelineMark): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || compare(a.event, b.event);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
