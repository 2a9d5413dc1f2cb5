/**
 * Actor codes COUNTRY[.ROLE[.NAME]] (CAMEO style): matching by prefix and collapsing to a level.
 */
import type { Actor } from '../events/types.js';

/** How finely actors are told apart: the full code, COUNTRY.ROLE, or COUNTRY. */
export type ActorLevel = 'actor' | 'role' | 'country';

/**
 * Whether actor `id` falls under `prefix` at a segment boundary: "CHN" matches "CHN" and
 * "CHN.GOV.PBOC" but not "CHNX"; "CHN.GOV" does not match "CHN.GOVX".
 */
export function actorMatches(id: string, prefix: string): boolean {
  return id === prefix || (id.startsWith(prefix) && id.charAt(prefix.length) === '.');
}

/** The COUNTRY segment of an actor code. */
export function countryOf(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

/** The ROLE segment of an actor code, if it has one. */
export function roleOf(id: string): string | undefined {
  return id.split('.')[1] || undefined;
}

/** The code of `id` at `level`: collapseActor("CHN.GOV.PBOC", "role") is "CHN.GOV". */
export function collapseActor(id: string, level: ActorLevel): string {
  if (level === 'actor') return id;
  const segments = id.split('.');
  return segments.slice(0, level === 'country' ? 1 : 2).join('.');
}

/** A readable name for an actor code: the file's name for it when it has one, else the code. */
export function actorName(id: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(id)?.name ?? id;
}

/** The file's actors by id. */
export function actorIndex(actors: readonly Actor[]): Map<string, Actor> {
  return new Map(actors.map((a) => [a.id, a]));
}
