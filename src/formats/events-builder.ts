/**
 * Assembles imported rows into an events file: one document per distinct URL or citation, one
 * actor per code, one event per id (a later row with the same id adds its document, actors and
 * text to that event). Repeated values (dates, actor ids, rules) are shared, not copied, which
 * keeps a million events in a few hundred megabytes.
 */
import { EVENTS_FORMAT, type Actor, type Doc, type Event, type EventDate, type EventsFile, type Link, type Mention } from '../events/types.js';
import { actorName } from './actor-codes.js';
import { docOf } from './doc-ref.js';

export interface MentionInput {
  /** A URL or citation; the document is made on first sight. */
  ref: string;
  text?: string;
  start?: number;
  end?: number;
}

export class EventsBuilder {
  readonly #docs = new Map<string, Doc>();
  readonly #docByRef = new Map<string, Doc>();
  readonly #actors = new Map<string, Actor>();
  readonly #events = new Map<string, Event>();
  readonly #dates = new Map<string, EventDate>();
  readonly #strings = new Map<string, string>();
  readonly #links: Link[] = [];

  get size(): number {
    return this.#events.size;
  }

  get documentCount(): number {
    return this.#docs.size;
  }

  get(id: string): Event | undefined {
    return this.#events.get(id);
  }

  /** Adds an event, or returns the one already there with this id (for the caller to extend). */
  event(id: string, make: () => Omit<Event, 'id' | 'source' | 'target' | 'mentions'>): { event: Event; fresh: boolean } {
    const known = this.#events.get(id);
    if (known) return { event: known, fresh: false };
    const event = { id, ...make(), source: [], target: [], mentions: [] } as Event;
    this.#events.set(id, event);
    return { event, fresh: true };
  }

  /** Adds an actor to a side of an event (once), registering it under its readable name. */
  actor(event: Event, side: 'source' | 'target', id: string | undefined, name?: string): void {
    if (!id) return;
    const code = this.intern(id);
    if (!this.#actors.has(code)) {
      const [country, role] = code.split('.');
      const actor: Actor = { id: code, name: name || actorName(code) };
      if (country) actor.country = country;
      if (role) actor.role = role;
      this.#actors.set(code, actor);
    }
    // A new list of the exact length (concat makes one; push and spread leave room for 16 more),
    // as most of a million events have one actor a side and one article.
    if (!event[side].includes(code)) event[side] = event[side].concat(code);
  }

  /** The document of a reference, made on first sight; `meta` fills what is still unknown. */
  doc(ref: string, meta: Partial<Omit<Doc, 'id'>> = {}): Doc {
    let doc = this.#docByRef.get(ref);
    if (!doc) {
      const own = detached(ref);
      doc = docOf(own);
      if (doc.source) doc.source = this.intern(doc.source);
      const same = this.#docs.get(doc.id);
      if (same) doc = same;
      else this.#docs.set(doc.id, doc);
      this.#docByRef.set(own, doc);
    }
    for (const [key, value] of Object.entries(meta) as [keyof Doc, never][]) {
      if (value === undefined || value === '') continue;
      if (key === 'length') doc.length = Math.max(doc.length, value);
      else if (doc[key] === undefined) doc[key] = value;
    }
    return doc;
  }

  /** A mention of the event in a document (once per document and span). */
  mention(event: Event, input: MentionInput, meta?: Partial<Omit<Doc, 'id'>>): void {
    const doc = this.doc(input.ref, meta);
    const text = input.text ?? '';
    const start = input.start ?? 0;
    const end = input.end ?? start + text.length;
    if (end > doc.length) doc.length = end;
    if (event.mentions.some((m) => m.doc === doc.id && m.start === start && m.end === end)) return;
    const mention: Mention = { doc: doc.id, start, end, text };
    event.mentions = event.mentions.concat(mention);
  }

  /** One shared object per distinct date. */
  date(start: string, precision: EventDate['precision'], end?: string): EventDate {
    const key = `${start}/${end ?? ''}/${precision}`;
    let date = this.#dates.get(key);
    if (!date) {
      date = end ? { start, end, precision } : { start, precision };
      this.#dates.set(key, date);
    }
    return date;
  }

  /** One shared copy of a repeated string (rules, measures, actor ids). */
  intern(text: string): string {
    let shared = this.#strings.get(text);
    if (shared === undefined) {
      this.#strings.set(text, text);
      shared = text;
    }
    return shared;
  }

  link(link: Link): void {
    this.#links.push(link);
  }

  /** The events file: documents and actors by id, events in the order first seen, links whose two events exist. */
  build(): EventsFile {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      format: EVENTS_FORMAT,
      documents: [...this.#docs.values()].sort(byId),
      actors: [...this.#actors.values()].sort(byId),
      events: [...this.#events.values()],
      links: this.#links.filter((l) => this.#events.has(l.from) && this.#events.has(l.to)),
    };
  }
}

/**
 * A copy of `text` that holds no other string. A row's fields are slices of the chunk of the file
 * it came in (JavaScript engines slice rather than copy): a document's URL kept as it came would
 * keep its whole chunk, a megabyte, alive, and a million-row file would stay in memory whole.
 */
function detached(text: string): string {
  return text.length < 16 ? text : (` ${text}`).slice(1);
}
