/**
 * The actors a correction form offers: those of the events, the analyst's own, and the lexicon's
 * countries (with their governments) and named bodies. The lexicon is loaded only when a form
 * first needs it, so the page does not carry it until someone corrects an event.
 */
import type { EventsFile } from '../events/types.js';
import type { KnownActor } from './correction-form-values.js';
import type { UserActor } from './state/user-actors.js';

let lexicon: Promise<KnownActor[]> | undefined;

/** The lexicon's actors, read once. */
export function lexiconActors(): Promise<KnownActor[]> {
  lexicon ??= Promise.all([
    import('../lexicon/countries.json'),
    import('../lexicon/organisations.json'),
    import('../lexicon/agencies.json'),
    import('../lexicon/companies.json'),
    import('../lexicon/people.json'),
  ]).then(([countries, ...bodies]) => [
    ...countries.default.countries.flatMap((c) => [
      { id: c.code, name: c.name },
      { id: `${c.code}.GOV`, name: `${c.demonyms?.[0] ?? c.name} government` },
    ]),
    ...bodies.flatMap((b) => b.default.organisations.map((o) => ({ id: o.id, name: o.name }))),
  ]);
  return lexicon;
}

/** Every actor to offer, each id once (the events' names first, then the analyst's, then the lexicon's), by name. */
export function knownActors(file: EventsFile, own: readonly UserActor[], fromLexicon: readonly KnownActor[]): KnownActor[] {
  const byId = new Map<string, KnownActor>();
  for (const a of [...file.actors, ...own, ...fromLexicon]) if (!byId.has(a.id)) byId.set(a.id, { id: a.id, name: a.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}
