/**
 * The analyst's own actors: lexicon entries like those of organisations.json (a code, a name, the
 * names the text calls it by), added to the built-in lexicon for every extraction in the page,
 * as `reprisal extract --lexicon FILE` adds a file's.
 */
import type { LexiconFile, OrganisationRow } from '../../lexicon/types.js';

export type UserActor = Pick<OrganisationRow, 'id' | 'name' | 'aliases'>;

/** COUNTRY[.ROLE[.NAME]], the shape the lexicon accepts for an organisation's id. */
export const ACTOR_CODE = /^[A-Z]{3}(\.[A-Z0-9]+){0,2}$/;

/** The lexicon files an extraction adds for these actors (none when there are none). */
export function lexiconOf(actors: readonly UserActor[]): LexiconFile[] {
  return actors.length ? [{ organisations: actors.map((a) => ({ id: a.id, name: a.name, aliases: [...a.aliases] })) }] : [];
}

/**
 * An actor from what a form holds: the code upper-cased, the aliases split at commas or
 * semicolons (the name itself is always one), or what is wrong with it.
 */
export function readUserActor(input: { name: string; aliases: string; code: string }): { actor: UserActor } | { error: string } {
  const name = input.name.trim();
  const id = input.code.trim().toUpperCase();
  if (!name) return { error: 'Give the actor a name, as the articles write it.' };
  if (!ACTOR_CODE.test(id)) return { error: `“${input.code.trim()}” is not an actor code: COUNTRY, COUNTRY.ROLE or COUNTRY.ROLE.NAME, such as USA.BUS.ACME.` };
  const aliases = [name, ...input.aliases.split(/[,;\n]/).map((a) => a.trim())].filter((a, i, all) => a && all.indexOf(a) === i);
  return { actor: { id, name, aliases } };
}

/** The actors of a stored list that can be read, and a line for each one that cannot. */
export function checkUserActors(list: unknown, where: string): { actors: UserActor[]; warnings: string[] } {
  const actors: UserActor[] = [];
  const warnings: string[] = [];
  (Array.isArray(list) ? list : []).forEach((a: unknown, i) => {
    const row = a as Partial<UserActor> | null;
    const ok = row && typeof row.id === 'string' && ACTOR_CODE.test(row.id) && typeof row.name === 'string' && Array.isArray(row.aliases) && row.aliases.every((x) => typeof x === 'string');
    if (ok) actors.push({ id: row.id!, name: row.name!, aliases: row.aliases! });
    else warnings.push(`${where}: actor #${i} cannot be read (it needs a code, a name and aliases); left out`);
  });
  return { actors, warnings };
}
