/**
 * Narrowing an events file to a selection. The result is itself a valid events file, so every
 * analysis and chart works the same on the whole corpus and on a filtered part of it.
 */
import type { Event, EventsFile } from '../events/types.js';
import { actorMatches } from './actors.js';
import { dateSpan, periodEnd, periodStart, spansOverlap, type Span } from './dates.js';
import { normalizeSelection, selectionActors, type Selection, type SelectionKey } from './selection.js';

export interface FilterOptions {
  /**
   * Selection fields to leave out of the filter. A view that highlights the selected event
   * rather than hiding the others filters with `{ignore: ['event']}`. Default: none.
   */
  ignore?: readonly SelectionKey[];
}

/**
 * The events of `file` that match every field of `selection`, the links between them, the actors
 * they involve, and all documents. An undated event never matches a period.
 */
export function filterEvents(file: EventsFile, selection: Selection, options: FilterOptions = {}): EventsFile {
  const narrowed = withoutKeys(selection, options.ignore ?? []);
  // Nothing selected: the file as it is (a large import is not copied on every redraw).
  if (Object.values(normalizeSelection(narrowed)).every((v) => v === undefined)) return file;
  const match = eventMatcher(narrowed);
  const events = file.events.filter(match);
  const kept = new Set(events.map((e) => e.id));
  const used = new Set(events.flatMap((e) => [...e.source, ...e.target]));
  return {
    ...file,
    documents: file.documents,
    actors: file.actors.filter((a) => used.has(a.id)),
    events,
    links: file.links.filter((l) => kept.has(l.from) && kept.has(l.to)),
  };
}

/** Whether one event matches every field of `selection`. */
export function matchesSelection(event: Event, selection: Selection): boolean {
  return eventMatcher(selection)(event);
}

/** A predicate for events compiled once from `selection`, for filtering many events. */
export function eventMatcher(selection: Selection): (event: Event) => boolean {
  const s = normalizeSelection(selection);
  const actors = selectionActors(s);
  const period = s.period && periodSpan(s.period.from, s.period.to);
  return (event) => {
    if (s.event !== undefined && event.id !== s.event) return false;
    if (s.type !== undefined && event.type !== s.type) return false;
    if (s.document !== undefined && !event.mentions.some((m) => m.doc === s.document)) return false;
    if (actors.length && !involves(event, actors)) return false;
    if (period) {
      const span = event.date && dateSpan(event.date);
      if (!span || !spansOverlap(span, period)) return false;
    }
    return true;
  };
}

function involves(event: Event, prefixes: string[]): boolean {
  return [...event.source, ...event.target].some((id) => prefixes.some((p) => actorMatches(id, p)));
}

// A bound that is not an ISO date leaves that side open rather than matching nothing.
function periodSpan(from: string | undefined, to: string | undefined): Span {
  const start = from ? periodStart(from) : NaN;
  const end = to ? periodEnd(to) : NaN;
  return { start: Number.isNaN(start) ? -Infinity : start, end: Number.isNaN(end) ? Infinity : end };
}

function withoutKeys(selection: Selection, keys: readonly SelectionKey[]): Selection {
  const out: Selection = { ...selection };
  for (const key of keys) delete out[key];
  return out;
}
