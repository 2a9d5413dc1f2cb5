/** Short texts about events for accessible names, tables and panels. */
import { actorIndex, actorName } from '../analysis/actors.js';
import { formatDate } from '../analysis/dates.js';
import type { Actor, Event, EventsFile } from '../events/types.js';

/** "Chinese government, People's Bank of China" */
export function actorList(ids: readonly string[], actors: ReadonlyMap<string, Actor>): string {
  return ids.length ? ids.map((id) => actorName(id, actors)).join(', ') : 'someone unnamed';
}

/** "May 2014, sanction (supplier-removal): Chinese government → IBM" */
export function describeEvent(event: Event, actors: ReadonlyMap<string, Actor>): string {
  const date = event.date ? formatDate(event.date) : 'undated';
  const what = `${event.type.toLowerCase()}${event.measure ? ` (${event.measure})` : ''}`;
  return `${date}, ${what}: ${actorList(event.source, actors)} → ${actorList(event.target, actors)}`;
}

/** Events and actors of a file by id, built once per file. */
export function indexFile(file: EventsFile): { events: Map<string, Event>; actors: Map<string, Actor>; titles: Map<string, string> } {
  return {
    events: new Map(file.events.map((e) => [e.id, e])),
    actors: actorIndex(file.actors),
    titles: new Map(file.documents.map((d) => [d.id, d.title ?? d.id])),
  };
}
