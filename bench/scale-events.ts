/**
 * Events files of any size made from a real one, for timing the views: copies of its events
 * with their countries swapped (each copy its own swap) and their dates moved (each copy its own
 * shift), so that a large file has many actors and a long time span rather than one event drawn
 * a hundred times. Links are copied within each copy. Pure and seeded, like the generator.
 */
import countriesFile from '../src/lexicon/countries.json';
import type { Actor, Event, EventDate, EventsFile, Link } from '../src/events/types.js';
import { shiftIso } from './generate/dates.js';
import { namePools } from './generate/names.js';
import { hash32, int, mulberry32, shuffle } from './generate/prng.js';

const lexCountries = new Map((countriesFile as { countries: { code: string; name: string; demonyms?: string[] }[] }).countries.map((c) => [c.code, c]));

export function scaleEvents(file: EventsFile, count: number, seed = 1): EventsFile {
  if (!file.events.length) throw new Error('scaleEvents: the file has no events to copy');
  const codes = namePools().countries.map((c) => c.code);
  const actorOf = new Map(file.actors.map((a) => [a.id, a]));
  const actors = new Map<string, Actor>(file.actors.map((a) => [a.id, a]));
  const events: Event[] = [];
  const links: Link[] = [];
  for (let k = 0; events.length < count; k++) {
    const random = mulberry32(hash32(`${seed}:copy:${k}`));
    const swap = new Map(k === 0 ? [] : codes.map((c, i, all) => [c, shuffle(random, [...all])[i]!] as const));
    const months = k === 0 ? 0 : int(random, -48, 48);
    const suffix = k === 0 ? '' : `~${k}`;
    const actor = (id: string) => {
      const [country = '', ...rest] = id.split('.');
      const to = swap.get(country);
      if (!to || to === country) return id;
      const next = [to, ...rest].join('.');
      if (!actors.has(next)) actors.set(next, renamed(actorOf.get(id) ?? { id, name: id }, country, to, next));
      return next;
    };
    const kept = new Set<string>();
    for (const e of file.events) {
      if (events.length >= count) break;
      const copy: Event = { ...e, id: e.id + suffix, source: e.source.map(actor), target: e.target.map(actor) };
      if (e.date) copy.date = shiftDate(e.date, months);
      events.push(copy);
      kept.add(e.id);
    }
    for (const l of file.links) if (kept.has(l.from) && kept.has(l.to)) links.push({ ...l, from: l.from + suffix, to: l.to + suffix });
  }
  const used = new Set(events.flatMap((e) => [...e.source, ...e.target]));
  return { ...file, actors: [...actors.values()].filter((a) => used.has(a.id)).sort((a, b) => (a.id < b.id ? -1 : 1)), events, links };
}

function shiftDate(date: EventDate, months: number): EventDate {
  const out: EventDate = { ...date, start: shiftIso(date.start, months) };
  if (date.end) out.end = shiftIso(date.end, months);
  return out;
}

// "Chinese government" → "Brazilian government"; a name that says nothing of its country keeps
// it, with the new country's code.
function renamed(actor: Actor, from: string, to: string, id: string): Actor {
  const [a, b] = [lexCountries.get(from), lexCountries.get(to)];
  let name = actor.name;
  const demonym = a?.demonyms?.[0];
  if (a && b && demonym && name.includes(demonym)) name = name.replace(demonym, b.demonyms?.[0] ?? b.name);
  else if (a && b && name.includes(a.name)) name = name.replace(a.name, b.name);
  else name = `${name} (${to})`;
  const out: Actor = { id, name, country: to };
  if (actor.role) out.role = actor.role;
  return out;
}
