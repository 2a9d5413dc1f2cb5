/**
 * Applies corrections to an events file: a new file, the input untouched, and a status for every
 * correction, so one that no longer applies is shown as such instead of being dropped silently.
 */
import type { Event, EventsFile, Link } from '../events/types.js';
import type { Correction, CorrectionStatus, EventRef } from './types.js';

export interface Applied {
  file: EventsFile;
  status: CorrectionStatus[];
}

export function applyCorrections(input: EventsFile, corrections: Correction[]): Applied {
  const file: EventsFile = structuredClone(input);
  const status: CorrectionStatus[] = [];
  const done = (c: Correction, events: string[]) => status.push({ id: c.id, applied: true, events });
  const skip = (c: Correction, reason: string, events: string[] = []) => status.push({ id: c.id, applied: false, reason, events });

  for (const c of corrections) {
    switch (c.op) {
      case 'edit': {
        const e = find(file, c.event);
        if (!e) {
          skip(c, 'event not found');
          break;
        }
        const { date, ...rest } = c.set;
        Object.assign(e, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
        if (date === null) delete e.date;
        else if (date) e.date = date;
        e.rule = `${e.rule ?? ''}${e.rule ? '; ' : ''}corrected by hand (${c.id})`;
        done(c, [e.id]);
        break;
      }
      case 'delete': {
        const e = find(file, c.event);
        if (!e) {
          skip(c, 'event not found');
          break;
        }
        file.events = file.events.filter((x) => x !== e);
        file.links = file.links.filter((l) => l.from !== e.id && l.to !== e.id);
        done(c, [e.id]);
        break;
      }
      case 'merge': {
        const found = c.events.map((r) => find(file, r));
        const events = [...new Set(found.filter((e): e is Event => !!e))];
        if (events.length < 2) {
          skip(c, events.length ? 'only one of the events was found' : 'events not found', events.map((e) => e.id));
          break;
        }
        const [keep, ...rest] = events;
        for (const e of rest) {
          keep!.mentions.push(...e.mentions.filter((m) => !keep!.mentions.some((k) => k.doc === m.doc && k.start === m.start && k.end === m.end)));
          keep!.source = [...new Set([...keep!.source, ...e.source])];
          keep!.target = [...new Set([...keep!.target, ...e.target])];
          for (const l of file.links) {
            if (l.from === e.id) l.from = keep!.id;
            if (l.to === e.id) l.to = keep!.id;
          }
        }
        file.events = file.events.filter((e) => !rest.includes(e));
        file.links = uniqueLinks(file.links.filter((l) => l.from !== l.to));
        keep!.mentions.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
        keep!.rule = `${keep!.rule ?? ''}${keep!.rule ? '; ' : ''}merged by hand (${c.id})`;
        done(c, events.map((e) => e.id));
        break;
      }
      case 'add': {
        const id = `added:${c.id}`;
        if (file.events.some((e) => e.id === id)) {
          skip(c, 'already added');
          break;
        }
        const docs = new Set(file.documents.map((d) => d.id));
        const missing = c.event.mentions.filter((m) => !docs.has(m.doc)).map((m) => m.doc);
        if (missing.length) {
          skip(c, `document not in the corpus: ${missing.join(', ')}`);
          break;
        }
        file.events.push({ id, ...c.event, confidence: 1, rule: `added by hand (${c.id})` });
        done(c, [id]);
        break;
      }
      case 'link':
      case 'unlink': {
        const from = find(file, c.from);
        const to = find(file, c.to);
        if (!from || !to) {
          skip(c, `${!from ? 'earlier' : 'answering'} event not found`);
          break;
        }
        const existing = file.links.findIndex((l) => l.from === from.id && l.to === to.id);
        if (c.op === 'link') {
          if (existing >= 0) file.links[existing] = { ...file.links[existing]!, kind: c.kind, confidence: 1 };
          else file.links.push({ from: from.id, to: to.id, kind: c.kind, confidence: 1 });
        } else if (existing >= 0) {
          file.links.splice(existing, 1);
        } else {
          skip(c, 'no such link', [from.id, to.id]);
          break;
        }
        done(c, [from.id, to.id]);
        break;
      }
    }
  }
  refreshActors(file, input);
  return { file, status };
}

/**
 * The event a reference names: the same id if it still reports the same places; otherwise the event
 * whose mentions overlap the recorded ones most (a new lexicon may have renumbered it).
 */
export function find(file: EventsFile, ref: EventRef): Event | undefined {
  const overlap = (e: Event) =>
    e.mentions.reduce((n, m) => n + ref.mentions.filter((r) => r.doc === m.doc && sameText(r, m)).length, 0);
  const byId = file.events.find((e) => e.id === ref.id);
  if (byId && (!ref.mentions.length || overlap(byId) > 0)) return byId;
  let best: Event | undefined;
  let bestScore = 0;
  for (const e of file.events) {
    const score = overlap(e);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** A reference to an event as it stands now, for a correction to keep. */
export function refOf(e: Event): EventRef {
  return { id: e.id, mentions: e.mentions.map(({ doc, start, end, text }) => ({ doc, start, end, text })) };
}

function uniqueLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.from}>${l.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Actors used by the corrected events, named as before where known. */
function refreshActors(file: EventsFile, input: EventsFile) {
  const known = new Map(input.actors.map((a) => [a.id, a]));
  const ids = [...new Set(file.events.flatMap((e) => [...e.source, ...e.target]))].sort();
  file.actors = ids.map((id) => known.get(id) ?? { id, name: id, country: id.split('.')[0], ...(id.split('.')[1] ? { role: id.split('.')[1] } : {}) });
}

/** Spans that overlap, or the same empty span (imported events point at their article, not into a text). */
function sameText(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start === b.start && a.end === b.end);
}
