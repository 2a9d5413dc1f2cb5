/**
 * Events files imported from several files (a week of daily GDELT exports, a POLECAT file with
 * them) as one: documents and actors by id (the same article in two files is one document),
 * events in file order, an event id seen in an earlier file kept from there.
 */
import { EVENTS_FORMAT, type EventsFile } from '../events/types.js';

export function combineEventsFiles(files: readonly EventsFile[]): { file: EventsFile; repeated: number } {
  if (files.length === 1) return { file: files[0]!, repeated: 0 };
  const documents = new Map(files.flatMap((f) => f.documents).reverse().map((d) => [d.id, d]));
  const actors = new Map(files.flatMap((f) => f.actors).reverse().map((a) => [a.id, a]));
  const seen = new Set<string>();
  const events = [];
  let repeated = 0;
  for (const f of files) {
    for (const e of f.events) {
      if (seen.has(e.id)) repeated++;
      else seen.add(e.id), events.push(e);
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    file: { format: EVENTS_FORMAT, documents: [...documents.values()].sort(byId), actors: [...actors.values()].sort(byId), events, links: files.flatMap((f) => f.links) },
    repeated,
  };
}
