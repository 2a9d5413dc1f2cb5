/**
 * What the correction forms hold, read into corrections: dates as typed, actors by code or by
 * name, the fields of an edit that really changed, the events offered for a merge or a link, and
 * a span of selected text tidied to its words. Pure, so each rule is tested on its own.
 */
import { dateSpan, periodPrecision } from '../analysis/dates.js';
import type { EventChanges } from '../corrections/types.js';
import type { Event, EventDate, EventsFile, Precision } from '../events/types.js';
import { ACTOR_CODE } from './state/user-actors.js';

export interface KnownActor {
  id: string;
  name: string;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date as the form holds it: none (`undated`), or ISO text read at a precision no finer than it gives. */
export function readDate(text: string, precision: Precision, undated: boolean): { date: EventDate | null } | { error: string } {
  if (undated) return { date: null };
  const iso = text.trim();
  if (!iso) return { error: 'Give a date (2014-05-21, 2014-05 or 2014), or tick “No date”.' };
  const own = ISO.test(iso) ? periodPrecision(iso) : undefined;
  if (!own || !dateSpan({ start: iso, precision: own })) return { error: `“${iso}” is not a date: write it as 2014-05-21, 2014-05 or 2014.` };
  if (RANK[precision] > RANK[own]) return { error: `“${iso}” is not precise to the ${precision}: give the ${precision === 'day' ? 'day' : 'month'} too, or choose a coarser precision.` };
  return { date: { start: iso.slice(0, LENGTH[precision]), precision } };
}

/**
 * An actor typed in a form: a known actor's code (in any case) or name, else a new code typed in
 * capitals ("IBM" is the company, not a country code IBM, because the lexicon knows the name).
 */
export function readActor(input: string, known: readonly KnownActor[]): { id: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Type an actor code (CHN.GOV) or a name.' };
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  const found = known.find((a) => a.id === upper) ?? known.find((a) => a.name.toLowerCase() === lower);
  if (found) return { id: found.id };
  if (ACTOR_CODE.test(text)) return { id: text };
  return { error: `“${text}” is neither an actor code (COUNTRY, COUNTRY.ROLE or COUNTRY.ROLE.NAME, such as CHN.GOV) nor the name of a known actor.` };
}

export interface EventFields {
  type: Event['type'];
  measure: string;
  source: string[];
  target: string[];
  date: EventDate | null;
}

/** The fields that differ from the event's: what an edit sets (empty when nothing changed). */
export function editChanges(event: Event, fields: EventFields): EventChanges {
  const set: EventChanges = {};
  if (fields.type !== event.type) set.type = fields.type;
  const measure = fields.measure.trim();
  if (measure !== (event.measure ?? '') && measure) set.measure = measure;
  if (!sameList(fields.source, event.source)) set.source = [...fields.source];
  if (!sameList(fields.target, event.target)) set.target = [...fields.target];
  const was = event.date ? `${event.date.start}/${event.date.precision}` : '';
  const now = fields.date ? `${fields.date.start}/${fields.date.precision}` : '';
  if (was !== now) set.date = fields.date;
  return set;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The other events, most likely first for a merge or a link: those sharing actors, then the
 * same type, then an article, then the nearest in time. At most `limit`.
 */
export function otherEvents(file: EventsFile, event: Event, limit = 300): Event[] {
  const actors = new Set([...event.source, ...event.target]);
  const docs = new Set(event.mentions.map((m) => m.doc));
  const at = event.date ? (dateSpan(event.date)?.start ?? NaN) : NaN;
  const score = (e: Event) =>
    4 * [...e.source, ...e.target].filter((a) => actors.has(a)).length + 2 * Number(e.type === event.type) + Number(e.mentions.some((m) => docs.has(m.doc)));
  const distance = (e: Event) => {
    const t = e.date ? (dateSpan(e.date)?.start ?? NaN) : NaN;
    return Number.isNaN(t) || Number.isNaN(at) ? Infinity : Math.abs(t - at);
  };
  return file.events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, s: score(e), d: distance(e) }))
    .sort((a, b) => b.s - a.s || a.d - b.d || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, limit)
    .map(({ e }) => e);
}

/** A selected span of `text` without the white space at its ends; undefined when only white space is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** Cut to `max` characters at a word, with an ellipsis: for option labels and quotes. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
